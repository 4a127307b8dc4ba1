// A reduce builds a local Map of children; only its size is returned. [class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

const names = ['held2-uart0', 'held2-uart1'];

export const driver: pci.Driver<{ readonly uarts: number }> = {
  name: 'held2-nlr-reduce',
  idTable: [{ vendor: 0x8086, device: 0x5022 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const byName = names.reduce((m, n, i) => m.set(n, auxiliary.Registration.new(dev, n, i, 'held2_core')), new Map<string, auxiliary.Registration>()); // expect: bindsafe/no-leaked-registration
    return { uarts: byName.size };
  },
};
