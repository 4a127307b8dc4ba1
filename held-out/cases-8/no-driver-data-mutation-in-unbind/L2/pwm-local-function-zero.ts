// [class 7] A platform PWM driver declares a local function in unbind that zeroes a duty-cycle field of its data, and calls it.
import type { device, platform } from '@bindsafe/kernel';

interface PwmChannelState {
  duty: number;
  readonly period: number;
}

interface PwmData {
  readonly ch0: PwmChannelState;
}

export const pwmDriver: platform.Driver<PwmData> = {
  name: 'h8-pwm',
  idTable: [{ compatible: 'acme,pwm' }],
  probe(_pdev: platform.Device<device.Core>): PwmData {
    return { ch0: { duty: 50, period: 1000 } };
  },
  unbind(_pdev, data) {
    function park(): void {
      data.ch0.duty = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
    if (data.ch0.duty !== 0) park();
  },
};
