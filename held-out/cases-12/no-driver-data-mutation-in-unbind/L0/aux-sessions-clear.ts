// An auxiliary sound codec keeps open PCM sessions in a Map and clears it in unbind. [class 4]
import type { auxiliary } from '@bindsafe/kernel';

type StreamDir = 'playback' | 'capture';

interface CodecData {
  readonly id: number;
  readonly sessions: Map<number, { dir: StreamDir; frames: number }>;
}

export const codecDriver: auxiliary.Driver<CodecData> = {
  name: 'hda-codec',
  idTable: [{ modname: 'snd_hda', name: 'codec' }],
  probe(adev) {
    const sessions = new Map<number, { dir: StreamDir; frames: number }>();
    sessions.set(0, { dir: 'playback', frames: 0 });
    return { id: adev.id, sessions };
  },
  unbind(adev, data) {
    const open = data.sessions.size;
    switch (open) {
      case 0:
        break;
      default:
        adev.asRef().info(`hda-codec.${data.id}: closing ${open} sessions`);
        data.sessions.clear(); // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};
