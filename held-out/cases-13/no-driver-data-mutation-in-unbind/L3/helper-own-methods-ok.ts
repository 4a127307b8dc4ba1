// A PCI GSP mailbox closes its queue objects through a helper that only calls the queues' own close() methods
import type { devres, pci } from '@bindsafe/kernel';

class MessageQueue {
  readonly #items: string[] = [];
  #open = true;
  push(msg: string): void {
    if (this.#open) this.#items.push(msg);
  }
  close(): number {
    this.#open = false;
    return this.#items.splice(0).length;
  }
}

function closeAll(queues: Iterable<MessageQueue>): number {
  let dropped = 0;
  for (const q of queues) dropped += q.close();
  return dropped;
}

interface MailboxData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly queues: Map<string, MessageQueue>;
}

export const closeMailboxOk: pci.Driver<MailboxData> = {
  name: 'close-mailbox-ok',
  idTable: [{ vendor: 0x10de, device: 0x2689 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'close-mailbox-ok'), queues: new Map([['cmd', new MessageQueue()]]) };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0x1, 0x110);
    const dropped = closeAll(data.queues.values());
    pdev.asRef().info(`close-mailbox: ${dropped} dropped`);
  },
};
