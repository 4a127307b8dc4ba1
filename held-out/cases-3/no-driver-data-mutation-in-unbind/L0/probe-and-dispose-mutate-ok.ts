// probe fills the data's Map and the data's own destructor clears it; unbind only reads and quiesces.
import type { devres, pci } from '@bindsafe/kernel';

class MailboxData implements Disposable {
  readonly slots = new Map<number, string>();
  constructor(readonly regs: devres.Devres<pci.Bar>) {}
  [Symbol.dispose](): void {
    this.slots.clear();
  }
}

export const mailboxDriver: pci.Driver<MailboxData> = {
  name: 'held-mailbox',
  idTable: [{ vendor: 0x1b36, device: 0x011a }],
  probe(pdev) {
    const data = new MailboxData(pdev.iomapRegion(0, 'held-mailbox'));
    data.slots.set(0, 'boot');
    data.slots.set(1, 'status');
    return data;
  },
  unbind(pdev, data) {
    pdev.asRef().info(`closing ${[...data.slots.values()].join(',')}`);
    data.regs.access(pdev.asRef()).write32(0, 0x0);
  },
};
