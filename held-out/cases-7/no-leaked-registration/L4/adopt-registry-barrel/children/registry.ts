// A registry of every child the platform drivers spawn (module-level).
import { auxiliary, type device } from '@bindsafe/kernel';

const live: auxiliary.Registration[] = [];

export function adopt(parent: device.Device<device.Bound>, name: string, id = 0): void {
  live.push(auxiliary.Registration.new(parent, name, id, 'held7_soc'));
}

export function liveCount(): number {
  return live.length;
}
