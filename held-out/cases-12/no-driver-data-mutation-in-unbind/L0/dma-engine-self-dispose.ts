// A PCI DMA engine tears its driver data down by hand in unbind, before the core drops it. [class 1]
import type { device, devres, pci } from '@bindsafe/kernel';

class DmaEngine implements Disposable {
  #channels: number[] = [0, 1, 2, 3];

  constructor(
    readonly regs: devres.Devres<pci.Bar>,
    readonly irq: pci.IrqRegistration,
  ) {}

  get channels(): readonly number[] {
    return this.#channels;
  }

  [Symbol.dispose](): void {
    this.#channels = [];
    this.irq[Symbol.dispose]();
  }
}

export const dmaDriver: pci.Driver<DmaEngine> = {
  name: 'ioat-lite',
  idTable: [{ vendor: 0x8086, device: 0x0e20 }],
  probe(pdev: pci.Device<device.Core>) {
    const regs = pdev.iomapRegion(0, 'ioat-lite');
    const irq = pdev.requestIrq(0, 'ioat-lite', () => {});
    return new DmaEngine(regs, irq);
  },
  unbind(pdev, data) {
    const bar = data.regs.access(pdev.asRef());
    for (const ch of data.channels) bar.write32(0, 0x80 + ch * 0x80);
    data[Symbol.dispose](); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
