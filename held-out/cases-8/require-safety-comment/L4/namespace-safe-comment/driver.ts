// A PCI DSP justifies a namespace-imported, safe firmware read with a SAFETY comment: the comment is above nothing unsafe.
import type { devres, pci } from '@bindsafe/kernel';
import * as fw from './fw.js';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly version: number }> = {
  name: 'held8-dsp-namespace-safe',
  idTable: [{ vendor: 0x1057, device: 0x1801 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'dsp');
    const bar = regs.access(pdev.asRef());
    if (fw.readField(bar, fw.FwField.Magic) !== 0xd5b0) throw new Error('dsp: bad firmware magic');
    // SAFETY: the magic was checked above. // expect: bindsafe/require-safety-comment
    const version = fw.readField(bar, fw.FwField.Version);
    return { regs, version };
  },
};
