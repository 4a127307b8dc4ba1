// Lite boards drop the engine child before the early return; full boards keep it in the data. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

type CryptoData =
  | { readonly kind: 'lite'; readonly rev: number }
  | { readonly kind: 'full'; readonly rev: number; readonly engine: auxiliary.Registration };

export const cryptoDriver: pci.Driver<CryptoData> = {
  name: 'crypto-acc',
  idTable: [{ vendor: 0x8086, device: 0x37c8 }],
  probe(pdev): CryptoData {
    const engine = auxiliary.Registration.new(pdev.asRef(), 'engine', 0, 'qat');
    if (pdev.revision < 2) {
      void engine.drop();
      return { kind: 'lite', rev: pdev.revision };
    }
    return { kind: 'full', rev: pdev.revision, engine };
  },
};
