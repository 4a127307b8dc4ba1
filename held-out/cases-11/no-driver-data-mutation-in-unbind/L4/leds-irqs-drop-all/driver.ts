// A platform LED controller disposes all the IRQ registrations its data owns through an imported helper. [class 1]
import type { device, platform } from '@bindsafe/kernel';
import { disposeAll } from './teardown/index.js';

interface LedData {
  readonly irqs: platform.IrqRegistration[];
}

export const ledDriver: platform.Driver<LedData> = {
  name: 'h11-leds',
  idTable: [{ compatible: 'acme,leds' }],

  probe(pdev: platform.Device<device.Core>): LedData {
    const irqs = [0, 1].map((i) => pdev.requestIrq(i, `h11-led${i}`, () => {}));
    return { irqs };
  },

  unbind(pdev: platform.Device<device.Core>, data: Readonly<LedData>): void {
    const n = disposeAll(data.irqs); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`leds: ${n} IRQs freed`);
  },
};
