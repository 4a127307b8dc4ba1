// A reduce callback builds a Map of children; the data keeps only its size. [class 4, 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

export const gpioDriver: pci.Driver<{ readonly banks: number }> = {
  name: 'pci-gpio',
  idTable: [{ vendor: 0x8086, device: 0x34c5 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const banks = [0, 1, 2].reduce(
      (acc, bank) => acc.set(bank, auxiliary.Registration.new(dev, 'bank', bank, 'gpio')), // expect: bindsafe/no-leaked-registration
      new Map<number, auxiliary.Registration>(),
    );
    return { banks: banks.size };
  },
};
