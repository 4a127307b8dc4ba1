// A PCI RAID card runs its self test through an imported helper that forgets to drop its diagnostics child when no disk answers. [class 1]
import type { pci } from '@bindsafe/kernel';
import { runSelfTest, type Verdict } from './diag/selftest.js';

export const raidDriver: pci.Driver<{ readonly verdict: Verdict }> = {
  name: 'raid-lite',
  idTable: [{ vendor: 0x9005, device: 0x028d }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const verdict = runSelfTest(pdev.asRef(), pdev.revision & 0x3); // expect: bindsafe/no-leaked-registration
    return { verdict };
  },
};
