// A platform mailbox clears the pending-request Map its data holds while the IRQ handler may still fill it.
import type { platform } from '@bindsafe/kernel';

interface MboxData {
  readonly pending: Map<number, (reply: number) => void>;
  readonly irq: platform.IrqRegistration;
}

export const mboxDriver: platform.Driver<MboxData> = {
  name: 'h9-mbox-req',
  idTable: [{ compatible: 'acme,mbox-req' }],
  probe(pdev) {
    const pending = new Map<number, (reply: number) => void>();
    const irq = pdev.requestIrq(0, 'mbox', () => {
      pending.get(0)?.(0);
    });
    return { pending, irq };
  },
  unbind(_pdev, data) {
    if (data.pending.size > 0) {
      data.pending.clear(); // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};
