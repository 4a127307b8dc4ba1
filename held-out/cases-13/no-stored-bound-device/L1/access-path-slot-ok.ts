// A PCI multi-port serial driver builds per-slot records in a Map made in probe and writes the BAR into a slot through map.get(k)!; the driver data owns the Map. [class 6]
import type { device, devres, pci } from '@bindsafe/kernel';

interface Slot {
  bar?: pci.Bar;
  baud: number;
}

class PortSet {
  constructor(
    readonly regs: devres.Devres<pci.Bar>,
    readonly slots: Map<number, Slot>,
  ) {}
}

export class MultiportDriver implements pci.Driver<PortSet, number> {
  readonly name = 'moxa_lite';
  readonly idTable = [0, 1, 2, 3].map((slot) => ({ vendor: 0x1393, device: 0x1040 + slot, info: slot }));
  #probes = 0;

  probe(pdev: pci.Device<device.Core>, slot: number | undefined): PortSet {
    this.#probes++;
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(2, 'moxa');
    const key = slot ?? 0;
    const slots = new Map<number, Slot>([[key, { baud: 9600 }]]);
    slots.get(key)!.bar = regs.access(pdev.asRef());
    return new PortSet(regs, slots);
  }
}

export default new MultiportDriver();
