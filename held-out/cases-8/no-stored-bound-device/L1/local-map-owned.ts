// A platform pinctrl builds a Map of IoMem windows per bank inside probe; the driver data owns the Map.
import type { platform } from '@bindsafe/kernel';

type Bank = 'north' | 'south';

export const driver: platform.Driver<{ readonly banks: ReadonlyMap<Bank, platform.IoMem> }> = {
  name: 'held8-pinctrl-map',
  idTable: [{ compatible: 'acme,pinctrl' }],
  probe(pdev) {
    const banks = new Map<Bank, platform.IoMem>();
    const order: Bank[] = ['north', 'south'];
    for (const [index, bank] of order.entries()) {
      banks.set(bank, pdev.iomapResource(index).access(pdev.asRef()));
    }
    return { banks };
  },
};
