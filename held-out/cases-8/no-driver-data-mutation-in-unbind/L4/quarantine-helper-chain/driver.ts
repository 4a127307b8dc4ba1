// A platform secure-enclave driver passes its data to an imported helper that, through a second module, adds to the Set the data holds.
import type { device, platform } from '@bindsafe/kernel';
import { quarantine } from './policy/quarantine.js';

interface EnclaveData {
  readonly blocked: Set<string>;
  readonly lastPeer: string;
}

export const enclaveDriver: platform.Driver<EnclaveData> = {
  name: 'h8-enclave',
  idTable: [{ compatible: 'acme,sec-enclave' }],
  probe(_pdev: platform.Device<device.Core>): EnclaveData {
    return { blocked: new Set(), lastPeer: 'host-1' };
  },
  unbind(_pdev, data) {
    quarantine(data, data.lastPeer); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
