// A PCI power meter destructures an imported ops table and calls its @unsafe report function without a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';
import { meterOps } from './ops.js';

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal>; readonly peak: number }> = {
  name: 'held8-meter-ops',
  idTable: [{ vendor: 0x1d6c, device: 0x1001 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), peak: 4500 };
  },
  unbind(_pdev, data) {
    const { report: emit, units } = meterOps;
    emit(data.handle, `meter: peak ${data.peak} ${units}`); // expect: bindsafe/require-safety-comment
  },
};
