// An imaging unit destructures only `name` from the `{ name, registration }` an imported helper returns.
import type { pci } from '@bindsafe/kernel';
import { makeSpawned } from './make.js';

interface IpuData {
  readonly psysName: string;
}

export const ipuDriver: pci.Driver<IpuData> = {
  name: 'held9-ipu',
  idTable: [{ vendor: 0x8086, device: 0x9a19 }],
  probe(pdev) {
    const { name: psysName } = makeSpawned(pdev.asRef(), 'psys'); // expect: bindsafe/no-leaked-registration
    return { psysName };
  },
};
