// A NIC runs a self-test helper from another module that always drops its child. [class 1]
import type { pci } from '@bindsafe/kernel';
import { runSelfTest } from './selftest.js';

interface NicData {
  readonly selfTestPassed: boolean;
}

export const nicDriver: pci.Driver<NicData, { selfTest: boolean }> = {
  name: 'held8-nic2',
  idTable: [{ vendor: 0x15b3, device: 0x101c }],
  probe(pdev, info) {
    return { selfTestPassed: runSelfTest(pdev.asRef(), info?.selfTest ?? true) };
  },
};
