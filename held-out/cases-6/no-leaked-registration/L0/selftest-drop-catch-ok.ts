// A crypto engine registers a self-test child, then drops it with a `.catch` on the drop promise.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface CryptoData {
  readonly engine: auxiliary.Registration;
}

export const driver: pci.Driver<CryptoData> = {
  name: 'held6-crypto-selftest',
  idTable: [{ vendor: 0x1022, device: 0x1537 }],
  probe(pdev) {
    const selfTest = auxiliary.Registration.new(pdev.asRef(), 'ccp-selftest', 0, 'held6_ccp');
    console.info(`self-test child ${selfTest.name} created`);
    selfTest.drop().catch((err: unknown) => console.warn('self-test drop failed', err));
    const engine = auxiliary.Registration.new(pdev.asRef(), 'ccp-engine', 0, 'held6_ccp');
    return { engine };
  },
};
