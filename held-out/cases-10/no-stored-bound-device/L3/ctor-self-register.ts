// A PCI lane object registers itself in a static list in its constructor and keeps the BAR.
import type { device, pci } from '@bindsafe/kernel';
class Lane {
  static readonly all: Lane[] = [];
  constructor(readonly id: number, private readonly regs: pci.Bar) {
    Lane.all.push(this);
  }
  get up(): boolean {
    return this.regs.read8(this.id) !== 0;
  }
}
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-lane-self',
  idTable: [{ vendor: 0x1af4, device: 0x1074 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-lane-self').access(pdev.asRef());
    const lane = new Lane(0, bar); // expect: bindsafe/no-stored-bound-device
    if (!lane.up) throw new Error('lane down');
    return { bar };
  },
};
