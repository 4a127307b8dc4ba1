// A Map created in probe and kept by the data owns its registrations. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly children: Map<string, auxiliary.Registration> }> = {
  name: 'held-nlr-map-owned',
  idTable: [{ vendor: 0x10de, device: 0x3014 }],
  probe(pdev) {
    const children = new Map<string, auxiliary.Registration>();
    const dev = pdev.asRef();
    children.set('display', auxiliary.Registration.new(dev, 'display', 0, 'held_core'));
    children.set('audio', auxiliary.Registration.new(dev, 'audio', 0, 'held_core'));
    return { children };
  },
};
