// A platform multi-window SRAM driver walks its windows with forEach and files each one in a global pool. [class 7]
import type { platform } from '@bindsafe/kernel';

interface SramData {
  readonly wins: platform.IoMem[];
}

const g_sram_pool: platform.IoMem[] = [];

export function sram_total(): number {
  let n = 0;
  for (const w of g_sram_pool) n += w.size;
  return n;
}

export const sram_driver: platform.Driver<SramData> = {
  name: 'sram',
  idTable: [{ compatible: 'mmio-sram' }],
  probe(pdev) {
    const wins = [pdev.iomapResource(0).access(pdev.asRef()), pdev.iomapResource(1).access(pdev.asRef())];
    wins.forEach((w) => {
      if (w.size === 0) return;
      g_sram_pool.push(w); // expect: bindsafe/no-stored-bound-device
    });
    return { wins };
  },
};
