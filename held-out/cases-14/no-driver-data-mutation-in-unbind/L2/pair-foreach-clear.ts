// A platform GPIO expander puts its two IRQ-owner Sets into an array literal and clears each inside a forEach callback in unbind. [class 7]
import type { platform } from '@bindsafe/kernel';

class ExpanderData {
  readonly rising = new Set<number>();
  readonly falling = new Set<number>();
  get watched(): number {
    return this.rising.size + this.falling.size;
  }
}

export const expanderDriver: platform.Driver<ExpanderData> = {
  name: 'acc-gpio-exp',
  idTable: [{ compatible: 'acme,gpio-exp' }],
  probe: () => new ExpanderData(),
  unbind(pdev, data) {
    pdev.asRef().info(`acc-gpio-exp: ${data.watched} lines watched`);
    [data.rising, data.falling].forEach((lines) => lines.clear()); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
