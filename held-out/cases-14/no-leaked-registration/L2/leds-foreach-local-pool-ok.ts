// A LED controller pushes one child per channel into a pool made in probe and kept by the driver data. [class 7]
import { auxiliary, type platform } from '@bindsafe/kernel';

const CHANNELS = ['red', 'green', 'blue'] as const;

interface LedData {
  readonly pool: auxiliary.Registration[];
}

export const ledDriver: platform.Driver<LedData> = {
  name: 'rgb-leds',
  idTable: [{ compatible: 'acme,rgb-leds' }],
  probe(pdev) {
    const pool: auxiliary.Registration[] = [];
    CHANNELS.forEach((color, index) => pool.push(auxiliary.Registration.new(pdev.asRef(), color, index, 'rgb_leds')));
    return { pool };
  },
};
