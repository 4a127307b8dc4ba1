// A GEM eviction pass calls an imported section opener for its side effect, dropping the guard.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { openSection } from './pm.js';

export function evictAll(dev: GpuDevice, handles: Set<number>): number {
  openSection(dev); // expect: bindsafe/no-unchecked-unbind-guard
  const evicted = handles.size;
  handles.clear();
  return evicted;
}
