// A PWM controller's helper sorts the array it is given; unbind passes it a copy of the data's duty table.
import type { platform } from '@bindsafe/kernel';

interface PwmData {
  readonly duty: number[];
}

function normalize(values: number[]): number[] {
  values.sort((a, b) => b - a);
  values.splice(3);
  return values;
}

export const pwmDriver: platform.Driver<PwmData> = {
  name: 'held7-pwm',
  idTable: [{ compatible: 'vendor,pwm' }],
  probe() {
    return { duty: [10, 50, 25, 75] };
  },
  unbind(pdev, data) {
    const top = normalize([...data.duty]);
    pdev.asRef().info(`pwm: top duty ${top.join('/')}`);
  },
};
