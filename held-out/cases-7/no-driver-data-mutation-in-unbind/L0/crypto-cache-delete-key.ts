// A PCI crypto engine deletes a session-key entry from the Record its data holds during unbind.
import type { devres, pci } from '@bindsafe/kernel';

interface CryptoData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly keyCache: Record<string, Uint8Array>;
}

export const cryptoDriver: pci.Driver<CryptoData> = {
  name: 'held7-crypto',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    return { bar: pdev.iomapRegion(0, 'held7-crypto'), keyCache: { boot: new Uint8Array(32) } };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(1, 0x40);
    for (const slot of Object.keys(data.keyCache)) {
      if (slot.startsWith('boot')) delete data.keyCache[slot]; // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};
