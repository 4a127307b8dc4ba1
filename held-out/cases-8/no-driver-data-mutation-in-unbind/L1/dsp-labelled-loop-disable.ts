// [class 6] A platform DSP walks its channel groups in a labelled loop and flips the `enabled` flag of the channels its data holds.
import type { device, platform } from '@bindsafe/kernel';

interface DspChannel {
  readonly index: number;
  enabled: boolean;
}

interface DspData {
  readonly groups: readonly (readonly DspChannel[])[];
}

export const dspDriver: platform.Driver<DspData> = {
  name: 'h8-dsp',
  idTable: [{ compatible: 'acme,hifi-dsp' }],
  probe(_pdev: platform.Device<device.Core>): DspData {
    return { groups: [[{ index: 0, enabled: true }], [{ index: 1, enabled: false }]] };
  },
  unbind(_pdev, data) {
    groups: for (const group of data.groups) {
      for (const channel of group) {
        if (!channel.enabled) continue groups;
        channel.enabled = false; // expect: bindsafe/no-driver-data-mutation-in-unbind
      }
    }
  },
};
