// A PCI management controller calls a default-imported @unsafe doorbell helper in a polling handshake without a SAFETY comment.
import type { pci } from '@bindsafe/kernel';
import ring from './kick.js';

function handshake(bar: pci.Bar, attempts = 3): boolean {
  let tries = 0;
  do {
    if (bar.read32(0x804) === 1) {
      ring(bar, 0xa5); // expect: bindsafe/require-safety-comment
      return true;
    }
  } while (++tries < attempts);
  return false;
}

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly ready: boolean }> = {
  name: 'held-bmc-default-import',
  idTable: [{ vendor: 0x1a03, device: 0x2000 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'bmc').access(pdev.asRef());
    return { bar, ready: handshake(bar) };
  },
};
