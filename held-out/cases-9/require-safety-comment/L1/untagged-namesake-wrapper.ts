// A platform LED driver wraps handles in its own class whose method is also called unsafeAsBound but carries no @unsafe tag: no comment needed. [class 2]
import type { device, platform } from '@bindsafe/kernel';

class LedHandle {
  constructor(readonly dev: device.Device, readonly index: number) {}

  /** Returns the label only; named after the kernel call it replaced. */
  unsafeAsBound(): string {
    return `${this.dev.name}:led${this.index}`;
  }
}

interface LedData {
  readonly leds: readonly LedHandle[];
}

export const ledDriver: platform.Driver<LedData> = {
  name: 'h9-leds',
  idTable: [{ compatible: 'acme,leds' }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    return { leds: [0, 1, 2].map((i) => new LedHandle(handle, i)) };
  },
  unbind(pdev, data) {
    const labels = data.leds.map((led) => led.unsafeAsBound()).join(', ');
    pdev.asRef().info(`leds off: ${labels}`);
  },
};
