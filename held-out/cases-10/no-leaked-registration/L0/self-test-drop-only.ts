// A child is dropped only when a self-test flag is set. [class 4]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly selfTest: boolean;
}

export const drv10: pci.Driver<D> = {
  name: 'held10-c10',
  idTable: [{ vendor: 0x1af4, device: 0x100a }],
  probe(pdev) {
    const selfTest = pdev.asRef().name.endsWith('0');
    const reg = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10'); // expect: bindsafe/no-leaked-registration
    if (selfTest) void reg.drop();
    return { selfTest };
  },
};
