// A platform LED controller's driver data carries a describe() method that captures a copy of the device name. [class 7]
import type { platform } from '@bindsafe/kernel';

interface LedData {
  readonly io: platform.IoMem;
  describe(): string;
}

export const led_driver: platform.Driver<LedData> = {
  name: 'leds',
  idTable: [{ compatible: 'acme,leds' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const name = pdev.asRef().name;
    return {
      io,
      describe() {
        return `${name}: ${io.size} bytes`;
      },
    };
  },
};
