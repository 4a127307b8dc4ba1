// A display controller's unbind passes its mode cache to an imported helper that filters a copy.
import type { platform } from '@bindsafe/kernel';
import { withoutStale } from './cache.js';

interface LcdcData {
  readonly modes: Map<string, number>;
}

export const lcdcDriver: platform.Driver<LcdcData> = {
  name: 'held7-lcdc',
  idTable: [{ compatible: 'vendor,lcdc' }],
  probe() {
    return { modes: new Map([['1920x1080', Date.now()]]) };
  },
  unbind(pdev, data) {
    const fresh = withoutStale(data.modes, 60_000);
    pdev.asRef().info(`lcdc: ${fresh.size}/${data.modes.size} modes fresh`);
  },
};
