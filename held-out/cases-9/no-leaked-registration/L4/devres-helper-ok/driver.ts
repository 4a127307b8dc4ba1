// A TPM keeps, in its data, the `Devres` an imported helper (renamed through a barrel) wraps its event-log child in.
import type { auxiliary, devres, pci } from '@bindsafe/kernel';
import { makeManagedChild } from './index.js';

interface TpmData {
  readonly eventLog: devres.Devres<auxiliary.Registration>;
  readonly version: '2.0';
}

export const tpmDriver: pci.Driver<TpmData> = {
  name: 'held9-tpm',
  idTable: [{ vendor: 0x1ae0, device: 0x0042 }],
  probe(pdev) {
    return { eventLog: makeManagedChild(pdev.asRef(), 'event-log'), version: '2.0' };
  },
};
