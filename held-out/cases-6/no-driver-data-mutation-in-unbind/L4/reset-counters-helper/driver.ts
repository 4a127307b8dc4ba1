// A media encoder's unbind resets its counters through an imported helper that assigns to them.
import type { platform } from '@bindsafe/kernel';
import { resetCounters, type Counters } from './counters.js';

interface EncData {
  readonly counters: Counters;
}

export const driver: platform.Driver<EncData> = {
  name: 'held6-dm-l4-enc',
  idTable: [{ compatible: 'vendor,hantro-vpu' }],
  probe() {
    return { counters: { frames: 0, drops: 0 } };
  },
  unbind(_pdev, data) {
    console.info(`encoder: ${data.counters.frames} frames`);
    resetCounters(data.counters); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
