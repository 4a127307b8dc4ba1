// A module-level registry of sensor children, keyed by sensor id (outlives every binding).
import { auxiliary, type device } from '@bindsafe/kernel';

const byId = new Map<number, auxiliary.Registration>();

export function attachSensor(parent: device.Device<device.Bound>, kind: string, id: number): number {
  byId.set(id, auxiliary.Registration.new(parent, kind, id, 'sensor_hub'));
  return byId.size;
}

export const sensorNames = (): string[] => [...byId.values()].map((r) => r.name);
