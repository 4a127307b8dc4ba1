// A platform GPIO expander fills its Sets in callbacks during probe; unbind walks them in callbacks that only read. [class 7]
import type { platform } from '@bindsafe/kernel';

class ExpanderData {
  readonly rising = new Set<number>();
  readonly falling = new Set<number>();
  get watched(): number {
    return this.rising.size + this.falling.size;
  }
}

export const expanderDriver: platform.Driver<ExpanderData> = {
  name: 'acc-gpio-exp-ok',
  idTable: [{ compatible: 'acme,gpio-exp-v2' }],
  probe() {
    const data = new ExpanderData();
    [0, 2, 4].forEach((line) => data.rising.add(line));
    [1, 3].forEach((line) => data.falling.add(line));
    return data;
  },
  unbind(pdev, data) {
    const names: string[] = [];
    [data.rising, data.falling].forEach((lines, edge) => lines.forEach((line) => names.push(`${edge}:${line}`)));
    pdev.asRef().info(`acc-gpio-exp-ok: ${data.watched} lines (${names.join(' ')})`);
  },
};
