// The guard is released by a helper bindsafe can see, on every path.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../_shared/gpu-drm.js';

function finish(guard: drm.UnbindGuard<GpuDrm>, ok: boolean): boolean {
  guard.release();
  return ok;
}

export function tryReset(dev: GpuDevice): boolean {
  const guard = dev.unbindGuard();
  if (!guard) return false;
  if (guard.parent.revision < 1) return finish(guard, false);
  guard.registrationDataWith((_p, data) => data.bar.write32(1, 0x20));
  return finish(guard, true);
}
