// A platform LED controller's driver data carries a describe() method that captures the probe device. [class 7]
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
    return {
      io,
      describe() { // expect: bindsafe/no-stored-bound-device
        return `${pdev.asRef().name}: ${io.size} bytes`;
      },
    };
  },
};
