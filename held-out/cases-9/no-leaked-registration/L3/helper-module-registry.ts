// A same-file `track` helper files each child in a module-level registry object's `Set`; the data never owns them.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

const registry = {
  items: new Set<auxiliary.Registration>(),
  get count(): number {
    return this.items.size;
  },
};

function track(dev: device.Device<device.Bound>, name: string): void {
  registry.items.add(auxiliary.Registration.new(dev, name, 0, 'held9_edac'));
}

interface EdacData {
  readonly controllers: number;
}

export const edacDriver: pci.Driver<EdacData> = {
  name: 'held9-edac',
  idTable: [{ vendor: 0x8086, device: 0x2088 }],
  probe(pdev) {
    track(pdev.asRef(), 'mc0'); // expect: bindsafe/no-leaked-registration
    return { controllers: registry.count };
  },
};
