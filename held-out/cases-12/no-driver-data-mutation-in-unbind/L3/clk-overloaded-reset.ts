// A platform clock controller resets its rate tables through an overloaded same-file helper (array or Map). [class 2]
import type { devres, platform } from '@bindsafe/kernel';

interface ClkData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly rates: number[];
  readonly parents: Map<string, string>;
}

function resetTable(table: number[]): void;
function resetTable(table: Map<string, string>): void;
function resetTable(table: number[] | Map<string, string>): void {
  if (Array.isArray(table)) table.splice(0);
  else table.clear();
}

export const clkDriver: platform.Driver<ClkData> = {
  name: 'ccu-lite',
  idTable: [{ compatible: 'allwinner,sun50i-ccu' }],
  probe(pdev) {
    return { io: pdev.iomapResource(0), rates: [24_000_000, 600_000_000], parents: new Map([['cpu', 'pll']]) };
  },
  unbind(pdev, data) {
    data.io.access(pdev.asRef()).write32(0, 0x50);
    pdev.asRef().info(`ccu-lite: ${data.parents.size} reparented clocks`);
    resetTable(data.rates); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
