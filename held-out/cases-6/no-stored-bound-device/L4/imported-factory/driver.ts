// A PWM driver's data is an instance of an imported class made by its static create(pdev) factory.
import type { platform } from '@bindsafe/kernel';
import { PwmController } from './controller.js';

export const driver: platform.Driver<PwmController> = {
  name: 'held-pwm-factory',
  idTable: [{ compatible: 'vendor,pwm-v3' }],
  probe(pdev) {
    const ctrl = PwmController.create(pdev);
    ctrl.setDuty(0, 0);
    return ctrl;
  },
};
