// A PCI sensor hub starts a calibration that finishes in a `.then` callback writing to its Bar.
import type { pci } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held-sensor-calibrate',
  idTable: [{ vendor: 0x8086, device: 0x9d35 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'ish').access(pdev.asRef());
    bar.write32(1, 0x40);
    pause(20).then(() => bar.write32(0, 0x40)); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
