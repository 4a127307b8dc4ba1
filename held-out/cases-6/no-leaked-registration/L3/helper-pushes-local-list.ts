// A crypto engine's helper pushes rings into a list probe made locally; the data keeps only the count.
import { auxiliary, device, type pci } from '@bindsafe/kernel';

function addRing(list: auxiliary.Registration[], parent: device.Device<device.Bound>, id: number): void {
  list.push(auxiliary.Registration.new(parent, 'crypto-ring', id, 'held6_rings'));
}

interface RingData {
  readonly rings: number;
}

export const driver: pci.Driver<RingData> = {
  name: 'held6-crypto-rings',
  idTable: [{ vendor: 0x177d, device: 0xa018 }],
  probe(pdev) {
    const parent = pdev.asRef();
    const rings: auxiliary.Registration[] = [];
    for (let id = 0; id < 2; id++) {
      addRing(rings, parent, id); // expect: bindsafe/no-leaked-registration
    }
    return { rings: rings.length };
  },
};
