// A calibration helper drops its probe child in every arm of a `switch` (default included) before returning.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

type CalResult = 'ok' | 'retry' | 'fail';

function calibrate(dev: device.Device<device.Bound>, attempt: number): CalResult {
  const cal = auxiliary.Registration.new(dev, 'calibration', attempt, 'held9_adc');
  switch (attempt % 3) {
    case 0:
      void cal.drop();
      return 'ok';
    case 1:
      void cal.drop();
      return 'retry';
    default:
      void cal.drop();
      return 'fail';
  }
}

interface AdcData {
  readonly calibration: CalResult;
}

export const adcDriver: pci.Driver<AdcData> = {
  name: 'held9-adc',
  idTable: [{ vendor: 0x1172, device: 0xe001 }],
  probe(pdev) {
    return { calibration: calibrate(pdev.asRef(), 0) };
  },
};
