// An arrow-function helper const stores into a module-level WeakMap keyed by name object.
import type { devres, pci } from '@bindsafe/kernel';

const byKey = new WeakMap<object, pci.Bar>();
const keys: object[] = [];

const keep = (bar: pci.Bar): void => {
  const key = {};
  keys.push(key);
  byKey.set(key, bar);
};

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-l3-arrow',
  idTable: [{ vendor: 0x1b36, device: 0x0043 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l3-arrow');
    keep(regs.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
