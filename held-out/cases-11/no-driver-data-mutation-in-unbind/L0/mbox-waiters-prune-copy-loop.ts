// An auxiliary mailbox client iterates a copy of its waiter Set but deletes from the original Set.
import type { auxiliary } from '@bindsafe/kernel';

interface MboxData {
  readonly waiters: Set<number>;
}

export const mboxDriver: auxiliary.Driver<MboxData> = {
  name: 'h11-mbox',
  idTable: [{ modname: 'h11_soc', name: 'mbox' }],

  probe() {
    return { waiters: new Set([1, -1, 2]) };
  },

  unbind(adev, data) {
    for (const id of [...data.waiters]) {
      if (id < 0) data.waiters.delete(id); // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
    adev.asRef().info(`mbox: ${data.waiters.size} waiters left`);
  },
};
