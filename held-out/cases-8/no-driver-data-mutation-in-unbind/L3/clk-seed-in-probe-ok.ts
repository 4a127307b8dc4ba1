// A platform clock controller's same-file helper fills the rate table it is given; only probe calls it, unbind reads.
import type { device, platform } from '@bindsafe/kernel';

interface ClkData {
  readonly rates: Map<string, number>;
}

function seedRates(table: Map<string, number>, base = 24_000_000): void {
  table.set('osc', base);
  table.set('pll0', base * 50);
}

export const clkDriver: platform.Driver<ClkData> = {
  name: 'h8-clk',
  idTable: [{ compatible: 'acme,ccu' }],
  probe(_pdev: platform.Device<device.Core>): ClkData {
    const rates = new Map<string, number>();
    seedRates(rates);
    return { rates };
  },
  unbind(pdev, data) {
    const pll = data.rates.get('pll0');
    pdev.asRef().info(`h8-clk: pll0 was ${pll ?? 0} Hz`);
  },
};
