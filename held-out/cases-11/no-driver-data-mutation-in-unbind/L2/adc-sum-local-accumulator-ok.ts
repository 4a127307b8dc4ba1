// An auxiliary ADC sums its samples into a local variable from a reduce-less forEach closure.
import type { auxiliary } from '@bindsafe/kernel';

interface AdcData {
  readonly samples: readonly number[];
}

export const adcDriver: auxiliary.Driver<AdcData> = {
  name: 'h11-adc',
  idTable: [{ modname: 'h11_soc', name: 'adc' }],

  probe() {
    return { samples: [12, 40, 33] };
  },

  unbind(adev, data) {
    let total = 0;
    let peak = -Infinity;
    data.samples.forEach((s) => {
      total += s;
      peak = Math.max(peak, s);
    });
    adev.asRef().info(`adc: mean ${total / Math.max(1, data.samples.length)}, peak ${peak}`);
  },
};
