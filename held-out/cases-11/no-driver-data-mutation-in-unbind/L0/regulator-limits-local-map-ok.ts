// A platform regulator driver reads its limits table and fills a Map it created itself in unbind.
import type { device, platform } from '@bindsafe/kernel';

interface RegulatorData {
  readonly limits: Readonly<Record<string, number>>;
}

export const regulatorDriver: platform.Driver<RegulatorData> = {
  name: 'h11-regulator',
  idTable: [{ compatible: 'acme,pmic-ldo' }],

  probe(): RegulatorData {
    return { limits: { ldo1: 1800, ldo2: 3300 } };
  },

  unbind(pdev: platform.Device<device.Core>, data: Readonly<RegulatorData>): void {
    const volts = new Map<string, number>();
    for (const [rail, mv] of Object.entries(data.limits)) volts.set(rail, mv / 1000);
    volts.delete('ldo2');
    pdev.asRef().info(`regulator: ${[...volts.keys()].join(',')}`);
  },
};
