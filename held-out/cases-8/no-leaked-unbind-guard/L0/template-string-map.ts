// Valid: a device name built from the parent's ids with a template string is kept in a module Map.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const names = new Map<string, string>();

export function registerName(key: string, dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (guard === undefined) return;
  const p = guard.parent;
  names.set(key, `pci-${p.vendorId.toString(16)}-${p.deviceId.toString(16)}`);
}

export const nameOf = (key: string): string | undefined => names.get(key);
