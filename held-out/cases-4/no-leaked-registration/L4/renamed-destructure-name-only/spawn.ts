// Spawns a child and returns it together with its name.
import { auxiliary, type device } from '@bindsafe/kernel';

export interface Spawned {
  readonly reg: auxiliary.Registration;
  readonly name?: string;
}

export function spawnChild(parent: device.Device<device.Bound>, name: string, modname: string): Spawned {
  const reg = auxiliary.Registration.new(parent, name, 0, modname);
  return { reg, name: reg.name };
}
