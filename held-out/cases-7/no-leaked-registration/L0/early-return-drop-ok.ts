// A sensor hub drops its optional child before an early return when the board disables it, else keeps it.
import { auxiliary, type platform } from '@bindsafe/kernel';

interface HubData {
  readonly accel?: auxiliary.Registration;
  readonly rate: number;
}

export const hubDriver: platform.Driver<HubData, { accel: boolean }> = {
  name: 'held7-sensorhub',
  idTable: [{ compatible: 'vendor,sensorhub', info: { accel: false } }],
  probe(pdev, info) {
    const accel = auxiliary.Registration.new(pdev.asRef(), 'accel', 0, 'held7_hub');
    if (!info?.accel) {
      void accel.drop();
      return { rate: 50 };
    }
    return { accel, rate: 200 };
  },
};
