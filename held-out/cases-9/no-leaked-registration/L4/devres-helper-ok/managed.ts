import { auxiliary, devres, type device } from '@bindsafe/kernel';

export function managedChild(dev: device.Device<device.Bound>, name: string): devres.Devres<auxiliary.Registration> {
  const child = auxiliary.Registration.new(dev, name, 0, 'held9_tpm');
  return new devres.Devres(dev, child);
}
