// A PCI mailbox hands its pending array to a local drain helper in unbind; the helper splices it empty.
import type { devres, pci } from '@bindsafe/kernel';

function drain(queue: string[]): number {
  return queue.splice(0).length;
}

class MboxData {
  readonly pending: string[] = [];
  constructor(readonly bar: devres.Devres<pci.Bar>) {}
  get depth(): number {
    return this.pending.length;
  }
}

export const mboxDriver: pci.Driver<MboxData> = {
  name: 'acc-mbox',
  idTable: [{ vendor: 0x1af4, device: 0x1053 }],
  probe: (pdev) => new MboxData(pdev.iomapRegion(0, 'acc-mbox')),
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x0);
    const dropped = drain(data.pending); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`acc-mbox: dropped ${dropped}`);
  },
};
