// A regulator driver publishes only a toNormal() handle in an imported module directory.
import type { platform } from '@bindsafe/kernel';
import { publish, withdraw } from './directory.js';

export const driver: platform.Driver<{ readonly supply: string; readonly io: platform.IoMem }> = {
  name: 'held-regulator-dir',
  idTable: [{ compatible: 'vendor,buck' }],
  probe(pdev) {
    const supply = `vdd-${pdev.name}`;
    publish(supply, pdev.asRef().toNormal());
    return { supply, io: pdev.iomapResource(0).access(pdev.asRef()) };
  },
  unbind(_pdev, data) {
    withdraw(data.supply);
  },
};
