// probe contributes its IoMem to a shared pool reached through a barrel, with a type-only import.
import type { devres, platform } from '@bindsafe/kernel';
import { contribute } from './index.js';
import type { PoolEntry } from './index.js';

export const driver: platform.Driver<{ readonly res: devres.Devres<platform.IoMem> }> = {
  name: 'held-l4-pool',
  idTable: [{ compatible: 'held,pool' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    const entry: PoolEntry = { owner: pdev.name, mem: res.access(pdev.asRef()) };
    contribute(entry); // expect: bindsafe/no-stored-bound-device
    return { res };
  },
};
