// A PCI crypto accelerator reverses a `slice()` of its request ring to log the newest requests first.
import type { device, pci } from '@bindsafe/kernel';

interface CryptoData {
  readonly ring: string[];
}

export const cryptoDriver: pci.Driver<CryptoData> = {
  name: 'h8-crypto',
  idTable: [{ vendor: 0x8086, device: 0x37c8 }],
  probe(_pdev: pci.Device<device.Core>): CryptoData {
    return { ring: ['sha256', 'aes-gcm'] };
  },
  unbind(pdev, data) {
    const newestFirst = data.ring.slice().reverse();
    const [latest = 'none'] = newestFirst;
    pdev.asRef().info(`h8-crypto: last request ${latest}`);
  },
};
