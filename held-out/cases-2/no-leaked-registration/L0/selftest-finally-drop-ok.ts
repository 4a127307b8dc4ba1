// A self-test registration dropped in `finally` before probe returns. [class 1] [class 5]
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly passed: boolean }> = {
  name: 'held2-nlr-finally',
  idTable: [{ vendor: 0x8086, device: 0x5002 }],
  probe(pdev) {
    const probeChild = auxiliary.Registration.new(pdev.asRef(), 'held2-selftest', 9, 'held2_core');
    try {
      return { passed: probeChild.name.length > 0 };
    } finally {
      void probeChild.drop();
    }
  },
};
