// An ADC driver reaches its first sample ring through optional chaining and zero-fills it in unbind.
import type { platform } from '@bindsafe/kernel';

interface AdcData {
  readonly rings?: number[][];
}

export const adcDriver: platform.Driver<AdcData> = {
  name: 'held7-adc',
  idTable: [{ compatible: 'vendor,sar-adc' }],
  probe() {
    return { rings: [[0, 0, 0, 0]] };
  },
  unbind(pdev, data) {
    const ring = data.rings?.[0];
    ring?.fill(0); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info('adc: stopped');
  },
};
