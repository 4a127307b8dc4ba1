// unbind empties the data's lookup cache key by key with `delete`.
import type { devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly cache: Record<string, number>;
}

export const cacheDriver: pci.Driver<Data> = {
  name: 'held-cache',
  idTable: [{ vendor: 0x1b36, device: 0x0118 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held-cache'), cache: {} };
  },
  unbind(_pdev, data) {
    for (const key of Object.keys(data.cache)) delete data.cache[key]; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
