// A platform mailbox aliases its channel object out of the data and calls the channel's own `close()` method.
import type { device, platform } from '@bindsafe/kernel';

class MailboxChannel {
  readonly #queue: Uint32Array[] = [];
  #closed = false;
  send(msg: Uint32Array): boolean {
    if (this.#closed) return false;
    this.#queue.push(msg);
    return true;
  }
  close(): void {
    this.#closed = true;
    this.#queue.length = 0;
  }
}

interface MailboxData {
  readonly tx: MailboxChannel;
  readonly rx?: MailboxChannel;
}

export const mailboxDriver: platform.Driver<MailboxData> = {
  name: 'h8-mbox',
  idTable: [{ compatible: 'acme,mbox' }],
  probe(_pdev: platform.Device<device.Core>): MailboxData {
    return { tx: new MailboxChannel(), rx: new MailboxChannel() };
  },
  unbind(_pdev, data) {
    const channel = data.rx ?? data.tx;
    channel.close();
    data.tx.close();
  },
};
