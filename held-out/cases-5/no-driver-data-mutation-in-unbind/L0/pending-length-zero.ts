// unbind empties the data's pending-command array by assigning its length, while the IRQ handler the data owns may still push. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface Mailbox {
  readonly regs: devres.Devres<pci.Bar>;
  readonly pending: string[];
  readonly irq: pci.IrqRegistration;
}

export const mailboxDriver: pci.Driver<Mailbox> = {
  name: 'held5c-mailbox',
  idTable: [{ vendor: 0x1d0f, device: 0x8061 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held5c-mailbox');
    const pending: string[] = [];
    const irq = pdev.requestIrq(0, 'held5c-mailbox', () => {
      pending.push('doorbell');
    });
    return { regs, pending, irq };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x04);
    pdev.asRef().info(`held5c-mailbox: ${data.pending.length} commands abandoned`);
    data.pending.length = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
