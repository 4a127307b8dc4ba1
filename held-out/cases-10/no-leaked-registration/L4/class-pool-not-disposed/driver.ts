// A pool class from another module keeps children; probe neither disposes nor keeps it. [class 2]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
import { ChildPool } from './children.js';

interface D {
  readonly size: number;
}

export const drv58: pci.Driver<D> = {
  name: 'held10-c58',
  idTable: [{ vendor: 0x1af4, device: 0x103a }],
  probe(pdev) {
    const pool = new ChildPool();
    pool.add(auxiliary.Registration.new(pdev.asRef(), 'probe-a', 0, 'held10')); // expect: bindsafe/no-leaked-registration
    return { size: pool.size };
  },
};
