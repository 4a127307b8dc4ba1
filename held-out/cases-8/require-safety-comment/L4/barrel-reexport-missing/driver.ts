// A PCI scanner calls an @unsafe logger re-exported under a new name by a barrel index.ts, without a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';
import { announceBound, LIB_VERSION } from './lib/index.js';

class ScannerData {
  constructor(readonly handle: device.Device<device.Normal>, readonly dpi = 600) {}
}

export const driver: pci.Driver<ScannerData> = {
  name: 'held8-scanner-barrel-missing',
  idTable: [{ vendor: 0x04a9, device: 0x190a }],
  probe(pdev) {
    return new ScannerData(pdev.asRef().toNormal(), 1200);
  },
  unbind(_pdev, data) {
    const line = `scanner v${LIB_VERSION}: lamp off at ${data.dpi} dpi`;
    announceBound(data.handle, line); // expect: bindsafe/require-safety-comment
  },
};
