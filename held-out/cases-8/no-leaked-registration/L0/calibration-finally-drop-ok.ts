// An ADC registers a calibration child, reads from it, and drops it in a `finally`. [class 1]
import { auxiliary, type platform } from '@bindsafe/kernel';

class CalibrationError extends Error {
  constructor(readonly channel: number) {
    super(`calibration failed on channel ${channel}`);
  }
}

interface AdcData {
  readonly offsets: readonly number[];
}

export const adcDriver: platform.Driver<AdcData> = {
  name: 'held8-adc',
  idTable: [{ compatible: 'acme,adc-12bit' }],
  probe(pdev) {
    const calib = auxiliary.Registration.new(pdev.asRef(), 'calibration', 0, 'held8_adc');
    let offsets: number[];
    try {
      offsets = [0, 1, 2, 3].map((ch) => (calib.name.length + ch) % 4);
      if (offsets.some((o) => o < 0)) {
        throw new CalibrationError(offsets.findIndex((o) => o < 0));
      }
    } finally {
      void calib.drop();
    }
    return { offsets };
  },
};
