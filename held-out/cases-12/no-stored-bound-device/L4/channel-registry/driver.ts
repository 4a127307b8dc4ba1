// A mailbox driver opens a Channel from another module whose constructor files `this` (holding the IoMem) in a module Map [class 6]
import type { devres, platform } from '@bindsafe/kernel';
import { Channel } from './channel.js';

export const mboxDriver: platform.Driver<{ readonly regs: devres.Devres<platform.IoMem>; readonly channel: number }> = {
  name: 'mbox-lite',
  idTable: [{ compatible: 'acme,mbox' }],
  probe(pdev) {
    const regs = pdev.iomapResource(0);
    const ch = new Channel(regs.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    ch.start();
    return { regs, channel: ch.id };
  },
};
