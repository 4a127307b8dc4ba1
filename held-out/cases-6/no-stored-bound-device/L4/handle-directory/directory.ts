// Helper module: a directory of regulator devices by name, holding only Device<Normal> handles.
import type { device } from '@bindsafe/kernel';

const byName = new Map<string, device.Device<device.Normal>>();

export function publish(name: string, handle: device.Device<device.Normal>): void {
  byName.set(name, handle);
}

export function withdraw(name: string): void {
  byName.delete(name);
}
