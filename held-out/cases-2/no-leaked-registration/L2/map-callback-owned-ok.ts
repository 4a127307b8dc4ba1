// Children made in a map callback go into a Map the driver data owns. [class 4] [class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

const names = ['held2-dma0', 'held2-dma1'];

export const driver: pci.Driver<{ readonly dma: Map<string, auxiliary.Registration> }> = {
  name: 'held2-nlr-map-owned',
  idTable: [{ vendor: 0x8086, device: 0x5023 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const dma = new Map(names.map((n, i) => [n, auxiliary.Registration.new(dev, n, i, 'held2_core')] as const));
    return { dma };
  },
};
