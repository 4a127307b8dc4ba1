// A crypto accelerator builds a Map of engines in a `reduce` accumulator but keeps only its keys.
import { auxiliary, type pci } from '@bindsafe/kernel';

const ENGINES = ['aes', 'sha', 'rsa'] as const;

interface AccelData {
  readonly engineNames: string[];
}

export const driver: pci.Driver<AccelData> = {
  name: 'held6-qat',
  idTable: [{ vendor: 0x8086, device: 0x4940 }],
  probe(pdev) {
    const parent = pdev.asRef();
    const byName = ENGINES.reduce((acc, name, i) => {
      acc.set(name, auxiliary.Registration.new(parent, name, i, 'held6_qat')); // expect: bindsafe/no-leaked-registration
      return acc;
    }, new Map<string, auxiliary.Registration>());
    return { engineNames: [...byName.keys()] };
  },
};
