// A PCI multi-port serial driver (a class) keeps per-slot records in a Map on the driver object and writes each port's BAR into its slot through map.get(k)!. [class 6]
import type { device, devres, pci } from '@bindsafe/kernel';

interface Slot {
  bar?: pci.Bar;
  baud: number;
}

class PortSet {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly slot: number) {}
}

export class MultiportDriver implements pci.Driver<PortSet, number> {
  readonly name = 'moxa_lite';
  readonly idTable = [0, 1, 2, 3].map((slot) => ({ vendor: 0x1393, device: 0x1040 + slot, info: slot }));
  readonly #slots = new Map<number, Slot>([[0, { baud: 9600 }], [1, { baud: 9600 }], [2, { baud: 9600 }], [3, { baud: 9600 }]]);

  probe(pdev: pci.Device<device.Core>, slot: number | undefined): PortSet {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(2, 'moxa');
    const key = slot ?? 0;
    if (!this.#slots.has(key)) this.#slots.set(key, { baud: 9600 });
    this.#slots.get(key)!.bar = regs.access(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return new PortSet(regs, key);
  }
}

export default new MultiportDriver();
