import { auxiliary, type device } from '@bindsafe/kernel';

export function spawnChild(dev: device.Device<device.Bound>, name: string, id = 0): auxiliary.Registration {
  return auxiliary.Registration.new(dev, name, id, 'held9_mfd');
}
