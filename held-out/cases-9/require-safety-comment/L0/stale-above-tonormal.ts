// A PCI crypto engine keeps a stale SAFETY comment above a safe toNormal() call left over from a refactor.
import type { device, pci } from '@bindsafe/kernel';

interface CryptoData {
  readonly handle: device.Device;
  readonly engines: number;
}

export const cryptoDriver: pci.Driver<CryptoData> = {
  name: 'h9-crypto',
  idTable: [{ vendor: 0x1022, device: 0x1537 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    // SAFETY: the device is bound while probe runs. // expect: bindsafe/require-safety-comment
    const handle = pdev.asRef().toNormal();
    return { handle, engines: 4 };
  },
};
