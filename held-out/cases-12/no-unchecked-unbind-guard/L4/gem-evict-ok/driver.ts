// A GEM eviction pass takes the imported opener's guard and evicts only while the device is plugged.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { openSection } from './pm.js';

export function evictAll(dev: GpuDevice, handles: Set<number>): number {
  using guard = openSection(dev);
  if (!guard) return 0;
  const evicted = handles.size;
  handles.clear();
  return evicted;
}
