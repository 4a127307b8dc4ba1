// A PCI mailbox driver peeks at its pending queue in unbind and drains only a spread copy through the barrel-imported helper.
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
  name: 'acc-mbox4-ok',
  idTable: [{ vendor: 0x1af4, device: 0x1064 }],
  probe(pdev) {
    const data = new MboxData(pdev.iomapRegion(0, 'acc-mbox4-ok'));
    data.pending.push('hello');
    drain(data.pending);
    return data;
  },
  unbind(pdev, data) {
    pdev.asRef().info(`acc-mbox4-ok: head ${peek(data.pending) ?? 'none'}`);
    const abandoned = drain([...data.pending]);
    data.bar.access(pdev.asRef()).write32(abandoned.length, 0x0);
  },
};
