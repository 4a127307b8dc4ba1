// [class 7] A platform LED controller truncates its data's pattern array inside an arrow it defines and immediately calls.
import type { device, platform } from '@bindsafe/kernel';

interface LedData {
  readonly pattern: number[];
  readonly brightness: number;
}

export const ledDriver: platform.Driver<LedData> = {
  name: 'h8-led',
  idTable: [{ compatible: 'acme,led-pattern' }],
  probe(_pdev: platform.Device<device.Core>): LedData {
    return { pattern: [255, 0, 255, 0], brightness: 128 };
  },
  unbind(pdev, data) {
    const stopped = ((): boolean => {
      data.pattern.length = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
      return true;
    })();
    pdev.asRef().info(`h8-led: pattern stopped=${stopped}`);
  },
};
