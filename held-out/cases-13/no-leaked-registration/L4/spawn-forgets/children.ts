import { auxiliary, type device } from '@bindsafe/kernel';

/** Brings up the HDA codec child for `slot` (fire-and-forget). */
export function spawnCodec(parent: device.Device<device.Bound>, slot: number): void {
  auxiliary.Registration.new(parent, 'codec', slot, 'snd_hda');
}
