// A PCI RAID card runs its self test through an imported helper that drops its diagnostics child on every exit. [class 1]
import type { pci } from '@bindsafe/kernel';
import { runSelfTest, type Verdict } from './diag/selftest.js';

export const raidDriver: pci.Driver<{ readonly verdict: Verdict }> = {
  name: 'raid-lite',
  idTable: [{ vendor: 0x9005, device: 0x028d }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const verdict = runSelfTest(pdev.asRef(), pdev.revision & 0x3);
    return { verdict };
  },
};
