// An auxiliary mailbox client cancels pending requests through each request object's own method inside Map.forEach. [class 7]
import type { auxiliary } from '@bindsafe/kernel';

class Request {
  #cancelled = false;
  constructor(readonly opcode: number) {}
  cancel(): boolean {
    const first = !this.#cancelled;
    this.#cancelled = true;
    return first;
  }
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
    pending.set(1, new Request(0x10));
    return { channel: adev.id, pending };
  },
  unbind(adev, data) {
    const cancelled = new Map<number, number>();
    data.pending.forEach((request, seq) => {
      if (request.cancel()) cancelled.set(seq, request.opcode);
    });
    adev.asRef().info(`mbox-client: cancelled ${cancelled.size} of ${data.pending.size} requests`);
  },
};
