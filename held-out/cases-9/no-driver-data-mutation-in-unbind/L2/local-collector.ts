// A platform regulator collects the names of enabled supplies into a local array inside a forEach callback.
import type { platform } from '@bindsafe/kernel';

interface RegulatorData {
  readonly supplies: ReadonlyMap<string, boolean>;
}

export const regulatorDriver: platform.Driver<RegulatorData> = {
  name: 'h9-regulator',
  idTable: [{ compatible: 'acme,pmic-reg' }],
  probe() {
    return { supplies: new Map([['vdd', true], ['vio', false]]) };
  },
  unbind(pdev, data) {
    const enabled: string[] = [];
    data.supplies.forEach((on, name) => {
      if (on) enabled.push(name);
    });
    enabled.sort();
    pdev.asRef().info(`still enabled: ${enabled.join(', ')}`);
  },
};
