// A PCI audio driver builds its driver data with an imported static factory that keeps the Bound owner and BAR.
import type { device, pci } from '@bindsafe/kernel';
import { AudioData } from './lib/index.js';

export const driver: pci.Driver<AudioData> = {
  name: 'h10-build-data',
  idTable: [{ vendor: 0x1af4, device: 0x1034 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-build-data').access(pdev.asRef());

    return AudioData.of(pdev, bar);
  },
};
