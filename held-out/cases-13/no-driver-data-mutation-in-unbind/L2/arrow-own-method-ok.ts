// A PCI GSP mailbox's unbind uses a local arrow that calls the queue class's own close() method, the locked path [class 7]
import type { devres, pci } from '@bindsafe/kernel';

class MessageQueue {
  readonly #items: string[] = [];
  #open = true;
  push(msg: string): void {
    if (this.#open) this.#items.push(msg);
  }
  close(): readonly string[] {
    this.#open = false;
    return this.#items.splice(0);
  }
}

interface MailboxData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly queues: ReadonlyMap<'cmd' | 'event', MessageQueue>;
}

export const queueMailboxOk: pci.Driver<MailboxData> = {
  name: 'queue-mailbox-ok',
  idTable: [{ vendor: 0x10de, device: 0x2687 }],
  probe(pdev) {
    const queues = new Map([['cmd', new MessageQueue()], ['event', new MessageQueue()]] as const);
    return { bar: pdev.iomapRegion(0, 'queue-mailbox-ok'), queues };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0x1, 0x110);
    const closeOne = (q: MessageQueue | undefined) => q?.close().length ?? 0;
    const dropped = closeOne(data.queues.get('cmd')) + closeOne(data.queues.get('event'));
    pdev.asRef().info(`queue-mailbox: ${dropped} messages dropped`);
  },
};
