// A crypto engine returns `Object.freeze`d driver data; the frozen object still owns its RNG child.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface CryptoData {
  readonly rng: auxiliary.Registration;
  readonly engines: number;
}

export const cryptoDriver: pci.Driver<Readonly<CryptoData>> = {
  name: 'held9-crypto',
  idTable: [{ vendor: 0x1022, device: 0x1537 }],
  probe(pdev) {
    const rng = auxiliary.Registration.new(pdev.asRef(), 'rng', 0, 'held9_crypto');
    return Object.freeze({ rng, engines: 5 });
  },
};
