// A conditional alias picks the child into a local object that is not returned. [class 2]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly ready: boolean;
}

export const drv24: pci.Driver<D> = {
  name: 'held10-c24',
  idTable: [{ vendor: 0x1af4, device: 0x1018 }],
  probe(pdev) {
    const reg = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10'); // expect: bindsafe/no-leaked-registration
    const slot = { current: pdev.asRef().name ? reg : undefined };
    return { ready: slot.current !== undefined };
  },
};
