// A platform battery gauge formats its data with a same-file helper that only reads what it is given.
import type { device, platform } from '@bindsafe/kernel';

interface GaugeStats {
  readonly cycles: number;
  readonly healthPct: number;
}

interface GaugeData {
  readonly stats: GaugeStats;
  readonly cells: readonly number[];
}

function summarize(stats: Readonly<GaugeStats>, cells: readonly number[]): string {
  const minCell = cells.length === 0 ? 0 : Math.min(...cells);
  return `${stats.cycles} cycles, ${stats.healthPct}% health, min cell ${minCell} mV`;
}

export const gaugeDriver: platform.Driver<GaugeData> = {
  name: 'h8-gauge',
  idTable: [{ compatible: 'acme,fuel-gauge' }],
  probe(_pdev: platform.Device<device.Core>): GaugeData {
    return { stats: { cycles: 120, healthPct: 93 }, cells: [3900, 3910] };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`h8-gauge: ${summarize(data.stats, data.cells)}`);
  },
};
