// A hot-plug notifier remembers a handle of the parent it last saw, never the bound parent itself.
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type PlugListener = (vendor: number) => void;

const listeners: PlugListener[] = [];
let lastSeen: pci.Device | undefined;

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
  lastSeen = guard.parent.toNormal();
  for (const listener of listeners) listener(guard.parent.vendorId);
}

export function lastName(): string | undefined {
  return lastSeen?.name;
}
