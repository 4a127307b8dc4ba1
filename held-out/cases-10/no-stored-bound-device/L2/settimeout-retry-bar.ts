// [class 5] A PCI storage controller retries a reset from a setTimeout closure over its BAR.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-stor-retry',
  idTable: [{ vendor: 0x1af4, device: 0x1011 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-stor-retry').access(pdev.asRef());
    if (bar.read32(0) !== 0) {
      setTimeout(() => { // expect: bindsafe/no-stored-bound-device
        bar.write32(1, 0x10);
      }, 50);
    }
    return { bar };
  },
};
