// A conditional chooses between two Bars; the choice goes to a module variable.
import type { devres, pci } from '@bindsafe/kernel';

let doorbell: pci.Bar | undefined;

interface Data {
  readonly bar0: devres.Devres<pci.Bar>;
  readonly bar2: devres.Devres<pci.Bar>;
}

export const driver: pci.Driver<Data, { readonly doorbellInBar2: boolean }> = {
  name: 'held-l1-cond',
  idTable: [{ vendor: 0x1b36, device: 0x0022, info: { doorbellInBar2: true } }],
  probe(pdev, info) {
    const bar0 = pdev.iomapRegion(0, 'held-l1-cond');
    const bar2 = pdev.iomapRegion(2, 'held-l1-cond');
    const dev = pdev.asRef();
    const chosen = info?.doorbellInBar2 ? bar2.access(dev) : bar0.access(dev);
    doorbell = chosen; // expect: bindsafe/no-stored-bound-device
    return { bar0, bar2 };
  },
};
