// A driver tracks its guarded parent through a helper re-exported by a barrel; the helper adds it to a module Set.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { track } from './helpers/index.js';

export function announce(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  return track(guard.parent); // expect: bindsafe/no-leaked-unbind-guard
}
