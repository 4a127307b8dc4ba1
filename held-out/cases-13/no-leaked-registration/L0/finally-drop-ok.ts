// A calibration child lives only while probe calibrates; `finally` drops it on every path. [class 1]
import { auxiliary, errors, type platform } from '@bindsafe/kernel';

function calibrate(childName: string): number {
  if (childName.length === 0) throw new errors.KernelError('EINVAL', 'unnamed calibration child');
  return childName.length * 3;
}

export const adcDriver: platform.Driver<{ readonly offset: number }> = {
  name: 'soc-adc',
  idTable: [{ compatible: 'vendor,soc-adc' }],
  probe(pdev) {
    const cal = auxiliary.Registration.new(pdev.asRef(), 'cal', 0, 'adc');
    let offset: number;
    try {
      offset = calibrate(cal.name);
    } finally {
      void cal.drop();
    }
    return { offset };
  },
};
