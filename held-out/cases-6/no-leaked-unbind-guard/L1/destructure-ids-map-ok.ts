// [class 2] An audio driver caches the parent's ids (destructured with a default) in a module Map.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface CodecIds {
  readonly vendorId: number;
  readonly deviceId: number;
  readonly revision: number;
}

const codecIds = new Map<string, CodecIds>();

export function cacheIds(dev: GpuDevice): CodecIds | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return codecIds.get(dev.name);
  const { vendorId, deviceId, revision = 0 } = guard.parent;
  const ids: CodecIds = { vendorId, deviceId, revision };
  codecIds.set(dev.name, ids);
  return ids;
}
