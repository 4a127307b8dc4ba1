// A PCI TPM bridge asks a helper for its RNG child and ignores the registration the helper returns.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

const makeRngChild = (parent: device.Device<device.Bound>, id = 0): auxiliary.Registration =>
  auxiliary.Registration.new(parent, 'tpm-rng', id, 'tpm_bridge');

export const tpmBridgeDriver: pci.Driver<{ readonly locality: number }> = {
  name: 'tpm-bridge',
  idTable: [{ vendor: 0x1ae0, device: 0x0042 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    makeRngChild(pdev.asRef()); // expect: bindsafe/no-leaked-registration
    return { locality: 0 };
  },
};
