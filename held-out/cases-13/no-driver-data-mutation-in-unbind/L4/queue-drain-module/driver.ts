// A PCI GSP mailbox moves its pending messages into a local log through a helper module that splices the source queue
import type { devres, pci } from '@bindsafe/kernel';
import { drainInto } from './queue.js';

interface MailboxData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly pending: string[];
}

export const drainModuleMailbox: pci.Driver<MailboxData> = {
  name: 'drain-module-mailbox',
  idTable: [{ vendor: 0x10de, device: 0x268a }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'drain-module-mailbox'), pending: ['boot', 'fw-ready'] };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0x1, 0x110);
    const log: string[] = [];
    drainInto(data.pending, log); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`drain-module-mailbox: ${log.join(',')}`);
  },
};
