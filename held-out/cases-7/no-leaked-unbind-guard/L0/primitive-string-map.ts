// [class 2] A sysfs-style attribute cache keeps only strings built from the parent's ids in a module Map.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const attrCache = new Map<string, string>();

export function pciIdAttr(dev: GpuDevice): string | undefined {
  const cached = attrCache.get(dev.name);
  if (cached !== undefined) return cached;
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  const text = `${guard.parent.vendorId.toString(16)}:${String(guard.parent.deviceId)}`;
  attrCache.set(dev.name, text);
  return text;
}
