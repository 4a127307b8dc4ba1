// A platform touch controller calibrates through a temporary child in a helper that drops it in `finally` on every exit. [class 1]
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

function calibrate(parent: device.Device<device.Bound>, passes: number): boolean {
  const calib = auxiliary.Registration.new(parent, 'ts-calib', 0, 'touchctl');
  try {
    for (let pass = 0; pass < passes; pass++) {
      if (pass * 3 > passes) return true;
    }
    return false;
  } finally {
    void calib.drop();
  }
}

export const touchDriver: platform.Driver<{ readonly calibrated: boolean }> = {
  name: 'touchctl',
  idTable: [{ compatible: 'acme,touchctl' }],
  probe(pdev) {
    const calibrated = calibrate(pdev.asRef(), 4);
    return { calibrated };
  },
};
