// Old silicon returns early with data that does not hold the child made just before. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

type CryptoData = { readonly rev: number; readonly engine?: auxiliary.Registration };

export const cryptoDriver: pci.Driver<CryptoData> = {
  name: 'crypto-acc',
  idTable: [{ vendor: 0x8086, device: 0x37c8 }],
  probe(pdev): CryptoData {
    const engine = auxiliary.Registration.new(pdev.asRef(), 'engine', 0, 'qat'); // expect: bindsafe/no-leaked-registration
    if (pdev.revision < 2) {
      return { rev: pdev.revision };
    }
    return { rev: pdev.revision, engine };
  },
};
