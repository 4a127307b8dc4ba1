// Makes one auxiliary child of the given parent.
import { auxiliary, type device } from '@bindsafe/kernel';

export function makeChild(dev: device.Device<device.Bound>, name: string, id: number): auxiliary.Registration {
  return auxiliary.Registration.new(dev, name, id, 'held2_core');
}
