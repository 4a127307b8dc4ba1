// A platform clock controller forgets a rate entry through a helper that deletes a key from the record it is given
import type { devres, platform } from '@bindsafe/kernel';

interface ClkData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly rates: Record<string, number>;
}

function forget<T extends Record<string, unknown>>(table: T, key: keyof T & string): boolean {
  if (!(key in table)) return false;
  delete table[key];
  return true;
}

export const socClk: platform.Driver<ClkData> = {
  name: 'soc-clk',
  idTable: [{ compatible: 'vendor,soc-clk' }],
  probe(pdev) {
    return { regs: pdev.iomapResource(0), rates: { pll0: 1_200_000_000, 'pll-boost': 1_800_000_000 } };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x10);
    if (forget(data.rates, 'pll-boost')) pdev.asRef().info('soc-clk: boost rate forgotten'); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
