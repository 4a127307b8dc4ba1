// map() builds the children array the data keeps.
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly children: readonly auxiliary.Registration[] }> = {
  name: 'held-nlr-map-data',
  idTable: [{ vendor: 0x10de, device: 0x3021 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const children = ['display', 'audio', 'usb'].map((name, i) => auxiliary.Registration.new(dev, name, i, 'held_core'));
    return { children };
  },
};
