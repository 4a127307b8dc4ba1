// A PCI mailbox hands a spread copy of its pending array to the same kind of drain helper in unbind; only the copy is emptied.
import type { devres, pci } from '@bindsafe/kernel';

function drain(queue: string[]): number {
  return queue.splice(0).length;
}

class MboxData {
  readonly pending: string[] = [];
  constructor(readonly bar: devres.Devres<pci.Bar>) {}
}

export const mboxDriver: pci.Driver<MboxData> = {
  name: 'acc-mbox-ok',
  idTable: [{ vendor: 0x1af4, device: 0x1054 }],
  probe: (pdev) => new MboxData(pdev.iomapRegion(0, 'acc-mbox-ok')),
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x0);
    const counted = drain([...data.pending]);
    pdev.asRef().info(`acc-mbox-ok: ${counted} left for the destructor`);
  },
};
