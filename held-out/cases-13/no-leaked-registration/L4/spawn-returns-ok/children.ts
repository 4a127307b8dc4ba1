import { auxiliary, type device } from '@bindsafe/kernel';

/** Brings up the HDA codec child for `slot`; the caller owns the registration. */
export function spawnCodec(parent: device.Device<device.Bound>, slot: number): auxiliary.Registration {
  return auxiliary.Registration.new(parent, 'codec', slot, 'snd_hda');
}
