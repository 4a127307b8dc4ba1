// A platform multi-window SRAM driver walks its windows with forEach and files each size in a global pool. [class 7]
import type { platform } from '@bindsafe/kernel';

interface SramData {
  readonly wins: platform.IoMem[];
}

const g_sram_sizes: number[] = [];

export function sram_total(): number {
  let n = 0;
  for (const sz of g_sram_sizes) n += sz;
  return n;
}

export const sram_driver: platform.Driver<SramData> = {
  name: 'sram',
  idTable: [{ compatible: 'mmio-sram' }],
  probe(pdev) {
    const wins = [pdev.iomapResource(0).access(pdev.asRef()), pdev.iomapResource(1).access(pdev.asRef())];
    wins.forEach((w) => {
      if (w.size === 0) return;
      g_sram_sizes.push(w.size);
    });
    return { wins };
  },
};
