// A LED controller pushes one child per channel into a module-level pool from a forEach callback. [class 7]
import { auxiliary, type platform } from '@bindsafe/kernel';

const CHANNELS = ['red', 'green', 'blue'] as const;

const livePool: auxiliary.Registration[] = [];

interface LedData {
  readonly channels: number;
}

export const ledDriver: platform.Driver<LedData> = {
  name: 'rgb-leds',
  idTable: [{ compatible: 'acme,rgb-leds' }],
  probe(pdev) {
    CHANNELS.forEach((color, index) => livePool.push(auxiliary.Registration.new(pdev.asRef(), color, index, 'rgb_leds'))); // expect: bindsafe/no-leaked-registration
    return { channels: CHANNELS.length };
  },
};

export const poolSize = (): number => livePool.length;
