// A pool class from another module drops each child in its dispose; probe disposes it with `using`.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
import { ChildPool } from './children.js';

interface D {
  readonly size: number;
}

export const drv57: pci.Driver<D> = {
  name: 'held10-c57',
  idTable: [{ vendor: 0x1af4, device: 0x1039 }],
  probe(pdev) {
    using pool = new ChildPool();
    pool.add(auxiliary.Registration.new(pdev.asRef(), 'probe-a', 0, 'held10'));
    pool.add(auxiliary.Registration.new(pdev.asRef(), 'probe-b', 1, 'held10'));
    return { size: pool.size };
  },
};
