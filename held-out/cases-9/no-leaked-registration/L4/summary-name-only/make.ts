import { auxiliary, type device } from '@bindsafe/kernel';

export interface Spawned {
  readonly name: string;
  readonly registration: auxiliary.Registration;
}

export function makeSpawned(dev: device.Device<device.Bound>, name: string): Spawned {
  const registration = auxiliary.Registration.new(dev, name, 0, 'held9_ipu');
  return { name: registration.name, registration };
}
