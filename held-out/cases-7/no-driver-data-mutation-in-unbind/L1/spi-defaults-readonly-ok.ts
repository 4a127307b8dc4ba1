// An SPI controller destructures its data with defaults and only reads the transfer log in unbind.
import type { platform } from '@bindsafe/kernel';

interface SpiData {
  readonly log?: string[];
  readonly chipSelects: number;
}

export const spiDriver: platform.Driver<SpiData> = {
  name: 'held7-spi',
  idTable: [{ compatible: 'vendor,qspi' }],
  probe() {
    return { chipSelects: 2, log: ['init'] };
  },
  unbind(pdev, data) {
    const { log = [], chipSelects } = data;
    const tail = log.slice(-3);
    const lines = tail.map((entry, i) => `${i}: ${entry}`);
    pdev.asRef().info(`spi: cs=${chipSelects} ${lines.join('; ')}`);
  },
};
