// A PCI GPU boots its GSP in probe by posting init words through a renamed, re-exported mailbox class's @unsafe method. [class 7]
import type { devres, pci } from '@bindsafe/kernel';
import { GspMailbox } from './hal/index.js';

export interface GspData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly mbox: GspMailbox;
}

const INIT_WORDS = [0x1, 0x10, 0x100] as const;

export const gspDriver: pci.Driver<GspData> = {
  name: 'gsp-boot',
  idTable: [{ vendor: 0x10de, device: 0x2684 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'gsp');
    const mbox = new GspMailbox(pdev.asRef().toNormal(), regs);
    for (const word of INIT_WORDS) {
      mbox.postUnchecked(word); // expect: bindsafe/require-safety-comment
    }
    return { regs, mbox };
  },
};
