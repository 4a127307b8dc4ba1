// A platform DMA engine driver records every device it unbinds in a module-level list of "retired" channels, keeping unbind's Device<Core>. [class 2]
import type { device, devres, platform } from '@bindsafe/kernel';

const retired: device.Device<device.Core>[] = [];

export class DmaEngine {
  static readonly CHANNELS = 8;
  constructor(readonly io: devres.Devres<platform.IoMem>, readonly label: string) {}
  quiesce(dev: device.Device<device.Bound>): void {
    this.io.access(dev).write32(0, 0x04);
  }
}

export const dmaDriver: platform.Driver<DmaEngine> = {
  name: 'pl330',
  idTable: [{ compatible: 'arm,pl330' }],
  probe(pdev) {
    return new DmaEngine(pdev.iomapResource(0), pdev.name);
  },
  unbind(pdev, data) {
    data.quiesce(pdev.asRef());
    retired.push(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
  },
};

export function retiredCount(): number {
  return retired.length;
}
