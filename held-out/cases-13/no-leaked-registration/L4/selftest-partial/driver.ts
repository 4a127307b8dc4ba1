// The imported DMA self-test drops its temporary child except on its `rounds <= 0` early exit. [class 1]
import type { pci } from '@bindsafe/kernel';
import { dmaSelfTest } from './lib/index.js';

export const ioatDriver: pci.Driver<{ readonly passed: number }, { rounds: number }> = {
  name: 'ioat-lite',
  idTable: [{ vendor: 0x8086, device: 0x2021, info: { rounds: 0 } }],
  probe(pdev, info) {
    const passed = dmaSelfTest(pdev.asRef(), info?.rounds ?? 0); // expect: bindsafe/no-leaked-registration
    return { passed };
  },
};
