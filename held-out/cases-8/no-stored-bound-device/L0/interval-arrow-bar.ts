// A PCI fan controller polls its tachometer register from a setInterval arrow that captures the Bar.
import type { pci } from '@bindsafe/kernel';

const POLL_MS = 250;

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly poller: NodeJS.Timeout }> = {
  name: 'held8-fan-interval',
  idTable: [{ vendor: 0x1b21, device: 0x0612 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(2, 'fan').access(pdev.asRef());
    const poller = setInterval(() => console.log(`rpm ${bar.read32(0x10)}`), POLL_MS); // expect: bindsafe/no-stored-bound-device
    return { bar, poller };
  },
};
