// A platform SPI controller passes its transfer stats record to a same-file reset helper from unbind.
import type { platform } from '@bindsafe/kernel';

interface XferStats { bytes: number; errors: number; lastError?: string }

function resetStats(stats: XferStats, reason = 'unbind'): void {
  stats.bytes = 0;
  stats.errors = 0;
  stats.lastError = reason;
}

class SpiData {
  readonly stats: XferStats = { bytes: 0, errors: 0 };
  get errorRate(): number {
    return this.stats.bytes === 0 ? 0 : this.stats.errors / this.stats.bytes;
  }
}

export const spiDriver: platform.Driver<SpiData> = {
  name: 'acc-spi',
  idTable: [{ compatible: 'acme,spi' }],
  probe: () => new SpiData(),
  unbind(pdev, data) {
    if (data.errorRate > 0.01) pdev.asRef().info('acc-spi: flaky bus');
    resetStats(data.stats); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
