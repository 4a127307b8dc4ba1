// A PCI scanner calls an @unsafe logger re-exported under a new name by a barrel index.ts, with a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';
import { announceBound, LIB_VERSION } from './lib/index.js';

class ScannerData {
  constructor(readonly handle: device.Device<device.Normal>, readonly dpi = 600) {}
}

export const driver: pci.Driver<ScannerData> = {
  name: 'held8-scanner-barrel-ok',
  idTable: [{ vendor: 0x04a9, device: 0x1909 }],
  probe(pdev) {
    return new ScannerData(pdev.asRef().toNormal());
  },
  unbind(_pdev, data) {
    // SAFETY: the scanner is bound while its unbind runs.
    announceBound(data.handle, `scanner v${LIB_VERSION}: lamp off at ${data.dpi} dpi`);
  },
};
