// A bus expander yields its children from a local generator function; probe spreads it and keeps only their names.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

interface ExpanderData {
  readonly names: readonly string[];
}

export const expanderDriver: pci.Driver<ExpanderData> = {
  name: 'held9-expander',
  idTable: [{ vendor: 0x1af4, device: 0x1110 }],
  probe(pdev: pci.Device<device.Core>) {
    function* spawnAll(count: number): Generator<auxiliary.Registration> {
      for (let i = 0; i < count; i++) {
        yield auxiliary.Registration.new(pdev.asRef(), 'slot', i, 'held9_exp'); // expect: bindsafe/no-leaked-registration
      }
    }
    return { names: [...spawnAll(3)].map((r) => r.name) };
  },
};
