// [class 8] A platform thermal driver records tripped zones with `Array.prototype.push.call` on its data's array inside a `for...of` over a filtered copy.
import type { device, platform } from '@bindsafe/kernel';

interface Zone {
  readonly name: string;
  readonly tempMilliC: number;
}

interface ThermalData {
  readonly zones: readonly Zone[];
  readonly retired: string[];
}

export const thermalDriver: platform.Driver<ThermalData> = {
  name: 'h8-thermal',
  idTable: [{ compatible: 'acme,tsens' }],
  probe(_pdev: platform.Device<device.Core>): ThermalData {
    return { zones: [{ name: 'cpu', tempMilliC: 52_000 }], retired: [] };
  },
  unbind(_pdev, data) {
    data.zones
      .filter((zone) => zone.tempMilliC > 50_000)
      .forEach((zone) => {
        Array.prototype.push.call(data.retired, zone.name); // expect: bindsafe/no-driver-data-mutation-in-unbind
      });
  },
};
