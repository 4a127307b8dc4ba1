// A PCI Wi-Fi card justifies an imported, safe firmware read with a SAFETY comment: the comment is above nothing unsafe.
import type { pci } from '@bindsafe/kernel';
import { firmwareVersion as fwVersion } from './fw.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly fw: number }> = {
  name: 'held-wifi-safe-import',
  idTable: [{ vendor: 0x168c, device: 0x003e }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'wifi').access(pdev.asRef());
    // SAFETY: the firmware has booted, the version word is valid now. // expect: bindsafe/require-safety-comment
    const fw = fwVersion(bar);
    return { bar, fw };
  },
};
