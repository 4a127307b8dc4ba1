// A platform regulator zeroes each positive voltage limit in its data's record by index assignment inside an `Object.entries(...).forEach` callback.
import type { device, platform } from '@bindsafe/kernel';

interface RegulatorData {
  readonly limits: Record<string, number>;
}

export const regulatorDriver: platform.Driver<RegulatorData> = {
  name: 'h8-regulator',
  idTable: [{ compatible: 'acme,pmic-ldo' }],
  probe(_pdev: platform.Device<device.Core>): RegulatorData {
    return { limits: { vdd_core: 900, vdd_io: 1800 } };
  },
  unbind(_pdev, data) {
    Object.entries(data.limits).forEach(([rail, millivolts]) => {
      if (millivolts > 0) data.limits[rail] = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
    });
  },
};
