import type { device } from '@bindsafe/kernel';

const tracked = new Map<string, device.Device<device.Bound>>();
const trackListeners: Array<(key: string) => void> = [];

export function onTracked(listener: (key: string) => void): void {
  trackListeners.push(listener);
}

export function track(key: string, dev: device.Device<device.Bound>): void {
  tracked.set(key, dev);
  for (const listener of trackListeners) listener(key);
}
