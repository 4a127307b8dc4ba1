// A forEach callback pushes into an array the data keeps.
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly ports: auxiliary.Registration[] }> = {
  name: 'held-nlr-push-owned',
  idTable: [{ vendor: 0x10de, device: 0x3024 }],
  probe(pdev) {
    const ports: auxiliary.Registration[] = [];
    [0, 1, 2].forEach((i) => ports.push(auxiliary.Registration.new(pdev.asRef(), 'port', i, 'held_core')));
    return { ports };
  },
};
