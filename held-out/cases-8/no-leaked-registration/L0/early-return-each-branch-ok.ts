// A thermal controller drops its fan child before an early return, and keeps it in the data otherwise. [class 1]
import { auxiliary, type platform } from '@bindsafe/kernel';

interface ThermalInfo {
  readonly hasFan: boolean;
}

interface ThermalData {
  readonly fan?: auxiliary.Registration;
  readonly passiveOnly: boolean;
}

export const thermalDriver: platform.Driver<ThermalData, ThermalInfo> = {
  name: 'held8-thermal',
  idTable: [{ compatible: 'acme,thermal', info: { hasFan: false } }],
  probe(pdev, info) {
    const fan = auxiliary.Registration.new(pdev.asRef(), 'fan', 0, 'held8_thermal');
    if (!info?.hasFan) {
      void fan.drop();
      return { passiveOnly: true };
    }
    return { fan, passiveOnly: false };
  },
};
