// A PCI GSP mailbox copies its pending queue with spread, then truncates and reverses the copy to log the newest messages
import type { devres, pci } from '@bindsafe/kernel';

interface MailboxData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly pending: string[];
  readonly irq: pci.IrqRegistration;
}

export const gspMailboxOk: pci.Driver<MailboxData> = {
  name: 'gsp-mailbox-ok',
  idTable: [{ vendor: 0x10de, device: 0x2685 }],
  probe(pdev) {
    const pending: string[] = [];
    const irq = pdev.requestIrq(0, 'gsp-mailbox-ok', () => pending.push('msg'));
    return { bar: pdev.iomapRegion(0, 'gsp-mailbox-ok'), pending, irq };
  },
  unbind(pdev, data) {
    const { bar } = data;
    const recent = [...data.pending];
    recent.reverse();
    recent.length = Math.min(recent.length, 4);
    bar.access(pdev.asRef()).write32(0x1, 0x110);
    pdev.asRef().info(`gsp: newest pending ${recent.join(', ')}`);
  },
};
