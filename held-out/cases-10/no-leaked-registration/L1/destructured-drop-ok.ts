// A destructured pair: one kept, one dropped.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly main: auxiliary.Registration;
}

export const drv21: pci.Driver<D> = {
  name: 'held10-c21',
  idTable: [{ vendor: 0x1af4, device: 0x1015 }],
  probe(pdev) {
    const [main, scratch] = [
      auxiliary.Registration.new(pdev.asRef(), 'main', 0, 'held10'),
      auxiliary.Registration.new(pdev.asRef(), 'scratch', 1, 'held10'),
    ];
    void scratch.drop();
    return { main };
  },
};
