// An auxiliary audio child marks every stream muted in the Set its data holds, from unbind.
import type { auxiliary, device } from '@bindsafe/kernel';

enum StreamId {
  Playback = 0,
  Capture = 1,
}

interface AudioChild {
  readonly streams: readonly StreamId[];
  readonly muted: Set<StreamId>;
}

export const audioChildDriver: auxiliary.Driver<AudioChild> = {
  name: 'h8-audio-child',
  idTable: [{ modname: 'h8_sound', name: 'pcm' }],
  probe(_adev: auxiliary.Device<device.Core>): AudioChild {
    return { streams: [StreamId.Playback, StreamId.Capture], muted: new Set() };
  },
  unbind(_adev, data) {
    for (const id of data.streams) {
      data.muted.add(id); // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};
