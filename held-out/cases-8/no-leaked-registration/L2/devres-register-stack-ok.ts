// A backlight driver defers its child's drop on a DisposableStack handed to `devres.register`. [class 1]
import { auxiliary, devres, type platform } from '@bindsafe/kernel';

interface BacklightData {
  readonly maxBrightness: number;
}

export const backlightDriver: platform.Driver<BacklightData> = {
  name: 'held8-backlight',
  idTable: [{ compatible: 'acme,backlight-pwm' }],
  probe(pdev) {
    const teardown = new DisposableStack();
    const pwm = auxiliary.Registration.new(pdev.asRef(), 'pwm', 0, 'held8_backlight');
    teardown.defer(() => {
      void pwm.drop();
    });
    devres.register(pdev.asRef(), teardown);
    return { maxBrightness: 255 };
  },
};
