// A LED controller makes one child per LED inside a `forEach` callback and discards each. [class 7]
import { auxiliary, type platform } from '@bindsafe/kernel';

interface LedData {
  readonly leds: readonly string[];
}

export const ledDriver: platform.Driver<LedData> = {
  name: 'held8-led',
  idTable: [{ compatible: 'acme,led-ctrl' }],
  probe(pdev) {
    const leds = ['power', 'disk', 'net'];
    leds.forEach((led, i) => {
      auxiliary.Registration.new(pdev.asRef(), `led-${led}`, i, 'held8_led'); // expect: bindsafe/no-leaked-registration
    });
    return { leds };
  },
};
