// An auxiliary audio DSP snapshots its channel list with a copying helper, then hands the copy to a helper that resets the first shared element. [class 4]
import type { auxiliary } from '@bindsafe/kernel';
import { resetFirst, snapshot, type Channel } from './channels.js';

class DspData {
  readonly channels: readonly Channel[] = [{ name: 'pcm0', resets: 2 }, { name: 'pcm1', resets: 0 }];
  get totalResets(): number {
    return this.channels.reduce((n, c) => n + c.resets, 0);
  }
}

export const dspDriver: auxiliary.Driver<DspData> = {
  name: 'acc-dsp',
  idTable: [{ modname: 'acc_hda', name: 'dsp' }],
  probe: () => new DspData(),
  unbind(adev, data) {
    const copy = snapshot(data.channels);
    copy.reverse();
    resetFirst(copy); // expect: bindsafe/no-driver-data-mutation-in-unbind
    adev.asRef().info(`acc-dsp: ${data.totalResets} resets`);
  },
};
