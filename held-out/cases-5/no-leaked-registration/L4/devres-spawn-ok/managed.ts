// Makes a child and puts it straight under devres management, handing back the Devres container.
import { auxiliary, devres, type device } from '@bindsafe/kernel';

export function spawnManaged(parent: device.Device<device.Bound>, name: string, modname: string): devres.Devres<auxiliary.Registration> {
  return new devres.Devres(parent, auxiliary.Registration.new(parent, name, 0, modname));
}
