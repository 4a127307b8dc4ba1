// A filter/map chain makes one child per populated slot, and only the length of the resulting array reaches the data. [class 7]
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

interface Slot {
  readonly index: number;
  readonly populated: boolean;
}

interface Carrier {
  readonly regs: devres.Devres<pci.Bar>;
  readonly modules: number;
}

export const carrierDriver: pci.Driver<Carrier, readonly Slot[]> = {
  name: 'held5c-carrier',
  idTable: [{ vendor: 0x1172, device: 0xe001, info: [{ index: 0, populated: true }, { index: 1, populated: true }] }],
  probe(pdev, slots = []) {
    const regs = pdev.iomapRegion(0, 'held5c-carrier');
    const parent = pdev.asRef();
    const modules = slots
      .filter((s) => s.populated)
      .map((s) => auxiliary.Registration.new(parent, 'module', s.index, 'held5c_carrier')).length; // expect: bindsafe/no-leaked-registration
    return { regs, modules };
  },
};
