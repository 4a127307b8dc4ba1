// A platform DMA engine aliases its descriptor ring out of the driver data and truncates it through the alias. [class 6]
import type { devres, platform } from '@bindsafe/kernel';

class DmaEngine {
  readonly ring: number[] = [];
  readonly #io: devres.Devres<platform.IoMem>;
  constructor(io: devres.Devres<platform.IoMem>) {
    this.#io = io;
  }
  get io(): devres.Devres<platform.IoMem> {
    return this.#io;
  }
  get inFlight(): number {
    return this.ring.length;
  }
}

export const dmaDriver: platform.Driver<DmaEngine> = {
  name: 'acc-dma',
  idTable: [{ compatible: 'acme,dma' }],
  probe: (pdev) => new DmaEngine(pdev.iomapResource(0)),
  unbind(pdev, data) {
    const ring = data.ring;
    const descriptors = ring;
    data.io.access(pdev.asRef()).write32(0, 0x0);
    descriptors.length = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
