// A platform mailbox stores its IoMem through an access path into an entry of a module-level Map.
import type { platform } from '@bindsafe/kernel';

interface Channel {
  readonly id: number;
  io?: platform.IoMem;
}

const channels = new Map<number, Channel>([
  [0, { id: 0 }],
  [1, { id: 1 }],
]);

export const driver: platform.Driver<{ readonly io: platform.IoMem }, number> = {
  name: 'held8-mbox-path',
  idTable: [{ compatible: 'acme,mbox', info: 1 }],
  probe(pdev, info) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const id = info ?? 0;
    if (channels.has(id)) {
      channels.get(id)!.io = io; // expect: bindsafe/no-stored-bound-device
    }
    return { io };
  },
};
