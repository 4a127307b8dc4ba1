// A platform DMA engine driver records the name and a Device<Normal> handle of every device it unbinds in a module-level list. [class 2]
import type { device, devres, platform } from '@bindsafe/kernel';

const retired: { readonly name: string; readonly handle: device.Device }[] = [];

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
    retired.push({ name: pdev.name, handle: pdev.asRef().toNormal() });
  },
};

export function retiredCount(): number {
  return retired.length;
}
