// A crypto engine registers a probe-time test child and drops it before probe returns.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface CryptoData {
  readonly algorithms: readonly string[];
}

export const cryptoDriver: pci.Driver<CryptoData> = {
  name: 'held8-crypto',
  idTable: [{ vendor: 0x1d0f, device: 0xcd01 }],
  probe(pdev) {
    const kat = auxiliary.Registration.new(pdev.asRef(), 'kat-runner', 0, 'held8_crypto');
    const algorithms = kat.name.startsWith('kat') ? ['aes', 'sha256'] : ['aes'];
    void kat.drop();
    return { algorithms };
  },
};
