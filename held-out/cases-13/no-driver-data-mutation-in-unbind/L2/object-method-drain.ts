// A PCI GSP mailbox builds an ops object literal in unbind whose drain() method splices the data's pending queue [class 7]
import type { devres, pci } from '@bindsafe/kernel';

interface MailboxData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly pending: string[];
}

export const opsMailbox: pci.Driver<MailboxData> = {
  name: 'ops-mailbox',
  idTable: [{ vendor: 0x10de, device: 0x2686 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'ops-mailbox'), pending: ['boot'] };
  },
  unbind(pdev, data) {
    const ops = {
      quiesce(): void {
        data.bar.access(pdev.asRef()).write32(0x1, 0x110);
      },
      drain(): string[] {
        return data.pending.splice(0); // expect: bindsafe/no-driver-data-mutation-in-unbind
      },
    };
    ops.quiesce();
    const lost = ops.drain();
    pdev.asRef().info(`ops-mailbox: ${lost.length} messages lost`);
  },
};
