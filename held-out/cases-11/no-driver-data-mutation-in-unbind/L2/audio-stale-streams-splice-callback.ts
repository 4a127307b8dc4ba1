// A platform audio DSP removes stale streams from its data's array inside a forEach callback. [class 7]
import type { device, platform } from '@bindsafe/kernel';

interface Stream {
  readonly id: number;
  readonly stale: boolean;
}

interface DspData {
  readonly streams: Stream[];
}

export const dspDriver: platform.Driver<DspData> = {
  name: 'h11-dsp',
  idTable: [{ compatible: 'acme,audio-dsp' }],

  probe(): DspData {
    return { streams: [{ id: 1, stale: true }, { id: 2, stale: false }] };
  },

  unbind(pdev: platform.Device<device.Core>, data: Readonly<DspData>): void {
    data.streams
      .filter((s) => s.stale)
      .forEach((s) => data.streams.splice(data.streams.indexOf(s), 1)); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`dsp: ${data.streams.length} live streams`);
  },
};
