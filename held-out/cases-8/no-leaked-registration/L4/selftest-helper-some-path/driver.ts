// A NIC runs a self-test helper from another module; the helper drops its child on only one exit. [class 1]
import type { pci } from '@bindsafe/kernel';
import { runSelfTest, type SelfTestResult } from './selftest.js';

interface NicData {
  readonly selfTest: SelfTestResult;
}

export const nicDriver: pci.Driver<NicData, { selfTest: boolean }> = {
  name: 'held8-nic',
  idTable: [{ vendor: 0x15b3, device: 0x101b, info: { selfTest: false } }],
  probe(pdev, info) {
    const selfTest = runSelfTest(pdev.asRef(), info?.selfTest === true); // expect: bindsafe/no-leaked-registration
    return { selfTest };
  },
};
