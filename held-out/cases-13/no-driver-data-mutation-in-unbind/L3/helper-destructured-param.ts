// A PCI GSP mailbox hands its whole driver data to a helper whose destructured parameter splices the pending queue
import type { devres, pci } from '@bindsafe/kernel';

interface MailboxData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly pending: string[];
  readonly label: string;
}

function drain({ pending, label }: { readonly pending: string[]; readonly label: string }): string {
  const lost = pending.splice(0);
  return `${label}: ${lost.length} lost`;
}

export const drainMailbox: pci.Driver<MailboxData> = {
  name: 'drain-mailbox',
  idTable: [{ vendor: 0x10de, device: 0x2688 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'drain-mailbox'), pending: ['boot'], label: 'gsp0' };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0x1, 0x110);
    pdev.asRef().info(drain(data)); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
