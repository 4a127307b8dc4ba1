// [class 5] A PCI accelerator enables bus mastering in a .then callback over the Device<Core>.
import type { device, pci } from '@bindsafe/kernel';
const firmwareReady: Promise<void> = Promise.resolve();
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-acc-then',
  idTable: [{ vendor: 0x1af4, device: 0x1078 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-acc-then').access(pdev.asRef());
    firmwareReady.then(() => pdev.setMaster()); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
