// The guarded parent goes through two re-exports into a helper that keeps it in a module Set.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { track } from './health.js';

export function enrol(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return track(guard.parent); // expect: bindsafe/no-leaked-unbind-guard
}
