// Helper module: registers one child per port and returns them by name.
import { auxiliary, type device } from '@bindsafe/kernel';

export function registerPorts(parent: device.Device<device.Bound>, names: readonly string[]): Map<string, auxiliary.Registration> {
  const ports = new Map<string, auxiliary.Registration>();
  names.forEach((name, id) => ports.set(name, auxiliary.Registration.new(parent, name, id, 'held8_hub')));
  return ports;
}
