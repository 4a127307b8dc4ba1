// A PCI modem declares a named retry function inside probe that touches the Bar and hands it to setTimeout.
import type { pci } from '@bindsafe/kernel';

const RETRY_MS = 50;

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held8-modem-retry',
  idTable: [{ vendor: 0x14e4, device: 0x4727 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'modem').access(pdev.asRef());
    let attempts = 0;
    function retryHandshake(): void {
      attempts += 1;
      if (bar.read32(0x04) !== 0 || attempts > 3) return;
      bar.write32(1, 0x00);
    }
    bar.write32(1, 0x00);
    setTimeout(retryHandshake, RETRY_MS); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
