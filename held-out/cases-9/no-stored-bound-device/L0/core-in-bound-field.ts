// A platform PWM stores the probe's Device<Core> in a driver-data field declared Device<Bound>: a binding-scoped store.
import type { device, platform } from '@bindsafe/kernel';

interface PwmData {
  readonly owner: platform.Device<device.Bound>;
  readonly channels: number;
}

export const driver: platform.Driver<PwmData> = {
  name: 'held9-pwm-bound',
  idTable: [{ compatible: 'acme,pwm' }],
  probe(pdev) {
    return { owner: pdev, channels: 4 };
  },
};
