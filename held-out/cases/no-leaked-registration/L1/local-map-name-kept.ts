// Children kept in a local Map; only a name reaches the data. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly names: string[] }> = {
  name: 'held-nlr-local-map',
  idTable: [{ vendor: 0x10de, device: 0x3012 }],
  probe(pdev) {
    const byName = new Map<string, auxiliary.Registration>();
    const child = auxiliary.Registration.new(pdev.asRef(), 'gpu-aux', 0, 'held_core'); // expect: bindsafe/no-leaked-registration
    byName.set(child.name, child);
    return { names: [...byName.keys()] };
  },
};
