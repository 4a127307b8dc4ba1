// A PCI GPU re-asserts bus mastering from a named function expression handed to setInterval.
import type { pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly timer: NodeJS.Timeout }> = {
  name: 'held9-gpu-reassert',
  idTable: [{ vendor: 0x10de, device: 0x2684 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const timer = setInterval(function reassert() { pdev.setMaster(); }, 5_000); // expect: bindsafe/no-stored-bound-device
    return { timer };
  },
};
