// A PMIC groups its regulator and RTC children in an `as const` object and spreads it into the data. [class 4]
import { auxiliary, type platform } from '@bindsafe/kernel';

interface PmicData {
  readonly regulator: auxiliary.Registration;
  readonly rtc: auxiliary.Registration;
  readonly revision: number;
}

export const pmicDriver: platform.Driver<PmicData> = {
  name: 'held7-pmic',
  idTable: [{ compatible: 'vendor,pmic' }],
  probe(pdev) {
    const children = {
      regulator: auxiliary.Registration.new(pdev.asRef(), 'regulator', 0, 'held7_pmic'),
      rtc: auxiliary.Registration.new(pdev.asRef(), 'rtc', 0, 'held7_pmic'),
    } as const;
    return { ...children, revision: 3 };
  },
};
