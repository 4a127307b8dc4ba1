// An auxiliary mailbox client cancels pending requests by deleting them from the data's Map inside Map.forEach. [class 7]
import type { auxiliary } from '@bindsafe/kernel';

interface Request {
  readonly opcode: number;
  readonly sentAt: number;
}

interface MboxData {
  readonly channel: number;
  readonly pending: Map<number, Request>;
}

export const mboxDriver: auxiliary.Driver<MboxData> = {
  name: 'mbox-client',
  idTable: [{ modname: 'imx_mu', name: 'mbox' }],
  probe(adev) {
    const pending = new Map<number, Request>();
    pending.set(1, { opcode: 0x10, sentAt: 0 });
    return { channel: adev.id, pending };
  },
  unbind(adev, data) {
    data.pending.forEach((request, seq) => {
      adev.asRef().info(`mbox-client: cancelling #${seq} (op 0x${request.opcode.toString(16)})`);
      data.pending.delete(seq); // expect: bindsafe/no-driver-data-mutation-in-unbind
    });
  },
};
