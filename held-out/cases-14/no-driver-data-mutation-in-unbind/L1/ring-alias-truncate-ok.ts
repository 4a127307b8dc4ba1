// A platform DMA engine aliases its descriptor ring in unbind, sorts a spread copy of it and truncates the copy. [class 6]
import type { devres, platform } from '@bindsafe/kernel';

class DmaEngine {
  readonly ring: number[] = [];
  constructor(readonly io: devres.Devres<platform.IoMem>) {}
  get inFlight(): number {
    return this.ring.length;
  }
}

export const dmaDriver: platform.Driver<DmaEngine> = {
  name: 'acc-dma-ok',
  idTable: [{ compatible: 'acme,dma-v2' }],
  probe: (pdev) => new DmaEngine(pdev.iomapResource(0)),
  unbind(pdev, data) {
    const ring = data.ring;
    const ordered = [...ring].sort((a, b) => a - b);
    const oldest = ordered[0];
    ordered.length = 0;
    if (oldest !== undefined) data.io.access(pdev.asRef()).write32(oldest, 0x4);
  },
};
