// A platform SPI controller passes a spread copy of its stats to a same-file reset helper and logs the difference.
import type { platform } from '@bindsafe/kernel';

interface XferStats { bytes: number; errors: number; lastError?: string }

function resetStats(stats: XferStats, reason = 'unbind'): XferStats {
  stats.bytes = 0;
  stats.errors = 0;
  stats.lastError = reason;
  return stats;
}

class SpiData {
  readonly stats: XferStats = { bytes: 0, errors: 0 };
}

export const spiDriver: platform.Driver<SpiData> = {
  name: 'acc-spi-ok',
  idTable: [{ compatible: 'acme,spi-v2' }],
  probe: () => new SpiData(),
  unbind(pdev, data) {
    const cleared = resetStats({ ...data.stats });
    pdev.asRef().info(`acc-spi-ok: ${data.stats.bytes - cleared.bytes} bytes moved`);
  },
};
