// [class 2] A PCI crypto driver declares its owner field as Device<Core>: kept past the callback.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly owner: pci.Device<device.Core>; readonly engines: number }> = {
  name: 'h10-crypto-core',
  idTable: [{ vendor: 0x1af4, device: 0x1027 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-crypto-core').access(pdev.asRef());

    return { owner: pdev, engines: bar.read8(0) }; // expect: bindsafe/no-stored-bound-device
  },
};
