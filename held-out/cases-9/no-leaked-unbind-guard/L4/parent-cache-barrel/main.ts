// The driver's enumerate step hands guard.parent to a cache helper re-exported through a barrel [class 8].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { cacheParent, cachedNames } from './lib/index.js';

export function enumerate(dev: drm.Device<GpuDrm>): string[] {
  using guard = dev.unbindGuard();
  if (!guard) return cachedNames();
  cacheParent(dev.name, guard.parent); // expect: bindsafe/no-leaked-unbind-guard
  return cachedNames();
}
