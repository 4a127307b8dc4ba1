// A `finally` drops a probe-time child on every path.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly width: number;
}

export const drv11: pci.Driver<D> = {
  name: 'held10-c11',
  idTable: [{ vendor: 0x1af4, device: 0x100b }],
  probe(pdev) {
    const reg = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10');
    try {
      return { width: reg.name.length * 8 };
    } finally {
      void reg.drop();
    }
  },
};
