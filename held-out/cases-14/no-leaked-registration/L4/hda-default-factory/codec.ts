// The HD-audio codec factory: creates the codec child for a slot.
import { auxiliary, type device } from '@bindsafe/kernel';

export default function makeCodec(parent: device.Device<device.Bound>, slot: number): auxiliary.Registration {
  return auxiliary.Registration.new(parent, 'codec', slot, 'hda_ctl');
}
