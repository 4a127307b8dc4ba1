// A PCI mailbox driver drains its data's pending queue in unbind through a helper imported from a barrel module.
import type { devres, pci } from '@bindsafe/kernel';
import { drain, peek } from './lib/index.js';

class MboxData {
  readonly #bar: devres.Devres<pci.Bar>;
  readonly pending: string[] = [];
  constructor(bar: devres.Devres<pci.Bar>) {
    this.#bar = bar;
  }
  get bar(): devres.Devres<pci.Bar> {
    return this.#bar;
  }
}

export const mboxDriver: pci.Driver<MboxData> = {
  name: 'acc-mbox4',
  idTable: [{ vendor: 0x1af4, device: 0x1063 }],
  probe: (pdev) => new MboxData(pdev.iomapRegion(0, 'acc-mbox4')),
  unbind(pdev, data) {
    pdev.asRef().info(`acc-mbox4: head ${peek(data.pending) ?? 'none'}`);
    const dropped = drain(data.pending); // expect: bindsafe/no-driver-data-mutation-in-unbind
    data.bar.access(pdev.asRef()).write32(dropped.length, 0x0);
  },
};
