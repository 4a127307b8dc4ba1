// Child-device helpers returning what they create.
import { auxiliary, type device } from '@bindsafe/kernel';

export function createChildren(dev: device.Device<device.Bound>, names: readonly string[]): auxiliary.Registration[] {
  return names.map((name, i) => auxiliary.Registration.new(dev, name, i, 'held_core'));
}
