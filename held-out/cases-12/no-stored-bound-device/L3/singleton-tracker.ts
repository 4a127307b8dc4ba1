// A DMA driver reports its BAR to a lazily created singleton tracker (instance ??= new Tracker()) [class 6]
import type { devres, pci } from '@bindsafe/kernel';

class Tracker {
  readonly bars = new Map<string, pci.Bar>();
  track(key: string, bar: pci.Bar): void {
    this.bars.set(key, bar);
  }
}

let instance: Tracker | undefined;
function tracker(): Tracker {
  return (instance ??= new Tracker());
}

export const dmaDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'dma-tracked',
  idTable: [{ vendor: 0x1d0f, device: 0x8061 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'dma');
    tracker().track(pdev.name, regs.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
