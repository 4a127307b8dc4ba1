// An I2C adapter's unbind hands its error statistics to a same-file helper that zeroes them.
import type { platform } from '@bindsafe/kernel';

interface BusStats {
  nacks: number;
  timeouts: number;
}

interface I2cData {
  readonly stats: BusStats;
}

function resetStats(stats: BusStats): void {
  stats.nacks = 0;
  stats.timeouts = 0;
}

export const i2cDriver: platform.Driver<I2cData> = {
  name: 'held7-i2c',
  idTable: [{ compatible: 'vendor,i2c' }],
  probe() {
    return { stats: { nacks: 0, timeouts: 0 } };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`i2c: ${data.stats.nacks} nacks`);
    resetStats(data.stats); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
