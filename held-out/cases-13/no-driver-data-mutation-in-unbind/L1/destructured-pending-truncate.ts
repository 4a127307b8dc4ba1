// A PCI GSP mailbox destructures its pending-message queue out of the data and truncates it through length = 0 [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface MailboxData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly pending: string[];
  readonly irq: pci.IrqRegistration;
}

export const gspMailbox: pci.Driver<MailboxData> = {
  name: 'gsp-mailbox',
  idTable: [{ vendor: 0x10de, device: 0x2684 }],
  probe(pdev) {
    const pending: string[] = [];
    const irq = pdev.requestIrq(0, 'gsp-mailbox', () => pending.push('msg'));
    return { bar: pdev.iomapRegion(0, 'gsp-mailbox'), pending, irq };
  },
  unbind(pdev, data) {
    const { bar, pending } = data;
    bar.access(pdev.asRef()).write32(0x1, 0x110);
    if (pending.length > 0) pdev.asRef().info(`gsp: dropping ${pending.length} messages`);
    pending.length = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
