// A hot-plug notifier remembers the parent it last saw so late subscribers can be told about it.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type PlugListener = (vendor: number) => void;

const listeners: PlugListener[] = [];
let lastSeen: pci.Device<device.Bound> | undefined;

export function onPlug(listener: PlugListener): () => void {
  listeners.push(listener);
  return () => {
    const at = listeners.indexOf(listener);
    if (at >= 0) listeners.splice(at, 1);
  };
}

export function announce(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  lastSeen = guard.parent; // expect: bindsafe/no-leaked-unbind-guard
  for (const listener of listeners) listener(guard.parent.vendorId);
}

export function lastVendor(): number | undefined {
  return lastSeen?.vendorId;
}
