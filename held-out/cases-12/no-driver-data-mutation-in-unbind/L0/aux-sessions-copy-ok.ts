// An auxiliary sound codec copies its session Map in unbind and empties the copy while reporting. [class 4]
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
    const pending = new Map(data.sessions);
    for (const [stream, { dir }] of pending) {
      adev.asRef().info(`hda-codec.${data.id}: stream ${stream} (${dir}) still open`);
      pending.delete(stream);
    }
    pending.clear();
  },
};
