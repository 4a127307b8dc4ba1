// probe builds its data with a static factory from another module. [class 4]
import type { pci } from '@bindsafe/kernel';
import { GpuData } from './data.js';

export const driver: pci.Driver<GpuData> = {
  name: 'held-l4-builder',
  idTable: [{ vendor: 0x1b36, device: 0x0052 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    return GpuData.create(pdev, pdev.iomapRegion(0, 'held-l4-builder'));
  },
};
