import type { device } from '@bindsafe/kernel';

const roster = new WeakMap<object, device.Device>();
const names: string[] = [];

/** Keeps a Normal handle of the device; handles never expire. */
export function enroll(key: object, dev: device.Device): void {
  roster.set(key, dev);
  names.push(dev.name);
}

export const enrolled = (): readonly string[] => names;
