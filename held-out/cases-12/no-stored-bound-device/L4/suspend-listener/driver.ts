// A codec driver asks a PM module (through a star re-export) to announce suspends; the listener keeps probe's Device<Core> [class 7]
import type { devres, platform } from '@bindsafe/kernel';
import { announceOnSuspend } from './pm/index.js';

export const codecDriver: platform.Driver<{ readonly io: devres.Devres<platform.IoMem> }> = {
  name: 'codec-pm',
  idTable: [{ compatible: 'acme,codec' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    announceOnSuspend(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};
