// An auxiliary audio DSP snapshots its channel list with a copying helper and reorders and trims only the copy itself. [class 4]
import type { auxiliary } from '@bindsafe/kernel';
import { snapshot, type Channel } from './channels.js';

class DspData {
  readonly channels: readonly Channel[] = [{ name: 'pcm0', resets: 2 }, { name: 'pcm1', resets: 0 }];
}

export const dspDriver: auxiliary.Driver<DspData> = {
  name: 'acc-dsp-ok',
  idTable: [{ modname: 'acc_hda', name: 'dsp-ok' }],
  probe: () => new DspData(),
  unbind(adev, data) {
    const byResets = snapshot(data.channels).sort((a, b) => b.resets - a.resets);
    byResets.splice(1);
    adev.asRef().info(`acc-dsp-ok: noisiest ${byResets[0]?.name ?? 'none'}`);
  },
};
