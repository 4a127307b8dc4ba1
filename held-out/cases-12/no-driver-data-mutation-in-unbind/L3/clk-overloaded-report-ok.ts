// A platform clock controller summarises its rate tables through an overloaded same-file helper that sorts copies. [class 2]
import type { devres, platform } from '@bindsafe/kernel';

interface ClkData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly rates: number[];
  readonly parents: Map<string, string>;
}

function summary(table: readonly number[]): string;
function summary(table: ReadonlyMap<string, string>): string;
function summary(table: readonly number[] | ReadonlyMap<string, string>): string {
  if ('has' in table) return Array.from(table.entries(), ([c, p]) => `${c}<-${p}`).sort().join(',');
  return [...table].sort((a, b) => a - b).join(',');
}

export const clkDriver: platform.Driver<ClkData> = {
  name: 'ccu-lite',
  idTable: [{ compatible: 'allwinner,sun50i-ccu' }],
  probe(pdev) {
    return { io: pdev.iomapResource(0), rates: [24_000_000, 600_000_000], parents: new Map([['cpu', 'pll']]) };
  },
  unbind(pdev, data) {
    data.io.access(pdev.asRef()).write32(0, 0x50);
    pdev.asRef().info(`ccu-lite: rates ${summary(data.rates)}; parents ${summary(data.parents)}`);
  },
};
