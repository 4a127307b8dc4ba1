// Nested destructuring pulls the pending array out of the data; unbind truncates it.
import type { devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly queue: { readonly items: string[]; readonly limit: number };
}

export const truncDriver: pci.Driver<Data> = {
  name: 'held-trunc',
  idTable: [{ vendor: 0x1b36, device: 0x0106 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held-trunc'), queue: { items: [], limit: 16 } };
  },
  unbind(pdev, data) {
    const {
      queue: { items },
    } = data;
    pdev.asRef().info(`dropping ${items.length} items`);
    items.length = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
