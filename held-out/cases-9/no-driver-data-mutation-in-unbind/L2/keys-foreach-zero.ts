// A platform hwmon driver zeroes every counter of its data's record inside an Object.keys(...).forEach callback.
import type { platform } from '@bindsafe/kernel';

interface HwmonData {
  readonly alarms: Record<'temp' | 'fan' | 'volt', number>;
}

export const hwmonDriver: platform.Driver<HwmonData> = {
  name: 'h9-hwmon',
  idTable: [{ compatible: 'acme,hwmon' }],
  probe() {
    return { alarms: { temp: 0, fan: 0, volt: 0 } };
  },
  unbind(_pdev, data) {
    (Object.keys(data.alarms) as (keyof HwmonData['alarms'])[]).forEach((key) => {
      data.alarms[key] = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
    });
  },
};
