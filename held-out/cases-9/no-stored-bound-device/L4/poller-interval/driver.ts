// [class 7] A platform battery gauge starts an imported poller whose setInterval captures the IoMem.
import type { platform } from '@bindsafe/kernel';
import { startPoller } from './poller.js';

export const driver: platform.Driver<{ readonly poller: NodeJS.Timeout }> = {
  name: 'held9-gauge-poller',
  idTable: [{ compatible: 'acme,gauge' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const poller = startPoller(io, { periodMs: 1_000 }); // expect: bindsafe/no-stored-bound-device
    return { poller };
  },
};
