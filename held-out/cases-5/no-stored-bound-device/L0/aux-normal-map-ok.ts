// An auxiliary audio-codec driver keeps Device<Normal> handles of its children (toNormal()) in a module Map keyed by id.
import type { auxiliary } from '@bindsafe/kernel';

export const codecs: Map<number, auxiliary.Device> = new Map();

interface CodecData {
  readonly id: number;
  readonly channels: number;
}

export const codecDriver: auxiliary.Driver<CodecData, { readonly channels: number }> = {
  name: 'held-hda-codec',
  idTable: [{ modname: 'held_hda', name: 'codec', info: { channels: 2 } }],
  probe(adev, info) {
    const handle = adev.toNormal();
    codecs.set(adev.id, handle);
    adev.asRef().info(`codec ${adev.id} with ${info?.channels ?? 2} channels`);
    return { id: adev.id, channels: info?.channels ?? 2 };
  },
  unbind(adev, data) {
    codecs.delete(data.id);
    adev.asRef().info('codec gone');
  },
};

export function codecNames(): string[] {
  return [...codecs.values()].map((h) => h.name);
}
