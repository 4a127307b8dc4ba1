// A backlight driver defers its child's drop on a plain DisposableStack that nothing ever disposes. [class 1]
import { auxiliary, type platform } from '@bindsafe/kernel';

interface BacklightData {
  readonly maxBrightness: number;
}

export const backlightDriver: platform.Driver<BacklightData> = {
  name: 'held8-backlight2',
  idTable: [{ compatible: 'acme,backlight-gpio' }],
  probe(pdev) {
    const teardown = new DisposableStack();
    const gpio = auxiliary.Registration.new(pdev.asRef(), 'gpio', 0, 'held8_backlight2'); // expect: bindsafe/no-leaked-registration
    teardown.defer(() => {
      void gpio.drop();
    });
    return { maxBrightness: 1 };
  },
};
