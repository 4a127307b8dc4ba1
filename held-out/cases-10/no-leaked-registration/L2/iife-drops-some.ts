// An IIFE returns a name and drops the child only in strict mode. [class 4]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly label: string;
}

export const drv34: pci.Driver<D> = {
  name: 'held10-c34',
  idTable: [{ vendor: 0x1af4, device: 0x1022 }],
  probe(pdev) {
    const strict = pdev.asRef().name.startsWith('s');
    const label = (() => {
      const reg = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10'); // expect: bindsafe/no-leaked-registration
      if (strict) void reg.drop();
      return reg.name;
    })();
    return { label };
  },
};
