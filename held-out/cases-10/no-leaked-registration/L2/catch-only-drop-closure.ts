// A closure step throws; the child is dropped only in the catch. [class 4]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly rate: number;
}

export const drv39: pci.Driver<D> = {
  name: 'held10-c39',
  idTable: [{ vendor: 0x1af4, device: 0x1027 }],
  probe(pdev) {
    const reg = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10'); // expect: bindsafe/no-leaked-registration
    const measure = (): number => {
      if (reg.name.length === 0) throw new RangeError('no rate');
      return 48000;
    };
    let rate: number;
    try {
      rate = measure();
    } catch (e) {
      void reg.drop();
      throw e;
    }
    return { rate };
  },
};
