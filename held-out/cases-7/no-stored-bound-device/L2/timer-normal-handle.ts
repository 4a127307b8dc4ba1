// A PCI firmware loader logs a late notice from a timer through a Device<Normal> handle, not the bound device.
import type { pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly fwVersion: number }> = {
  name: 'held-fw-late-notice',
  idTable: [{ vendor: 0x14e4, device: 0x43a0 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'fw').access(pdev.asRef());
    const fwVersion = bar.read32(0x100);
    const handle = pdev.asRef().toNormal();
    setTimeout(() => handle.info(`firmware ${fwVersion.toString(16)} loaded`), 1000);
    return { bar, fwVersion };
  },
};
