// A reduce callback fills a Map of bank children that becomes a field of the driver data. [class 4, 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface GpioData {
  readonly banks: Map<number, auxiliary.Registration>;
}

export const gpioDriver: pci.Driver<GpioData> = {
  name: 'pci-gpio',
  idTable: [{ vendor: 0x8086, device: 0x34c5 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const banks = [0, 1, 2].reduce(
      (acc, bank) => acc.set(bank, auxiliary.Registration.new(dev, 'bank', bank, 'gpio')),
      new Map<number, auxiliary.Registration>(),
    );
    return { banks };
  },
};
