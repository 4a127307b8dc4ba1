// A DMA controller's unbind passes its stats to a same-file helper that only reads them.
import type { platform } from '@bindsafe/kernel';

interface DmaStats {
  readonly bytes: number;
  readonly transfers: number;
  readonly errors: Map<string, number>;
}

function summarize(stats: DmaStats): string {
  const errs = [...stats.errors.entries()].map(([k, v]) => `${k}=${v}`).join(',');
  return `${stats.transfers} transfers, ${stats.bytes} bytes, errors: ${errs || 'none'}`;
}

export const driver: platform.Driver<{ readonly stats: DmaStats }> = {
  name: 'held6-dm-summary',
  idTable: [{ compatible: 'vendor,mxs-dma' }],
  probe() {
    return { stats: { bytes: 0, transfers: 0, errors: new Map() } };
  },
  unbind(_pdev, data) {
    console.info(summarize(data.stats));
  },
};
