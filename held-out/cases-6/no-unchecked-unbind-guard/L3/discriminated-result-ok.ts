// [class 6] A storage helper returns a discriminated union; the caller checks `ok` before using the guard.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

type Entered = { readonly ok: true; readonly guard: drm.UnbindGuard<GpuDrm> } | { readonly ok: false; readonly reason: string };

function tryEnter(dev: GpuDevice): Entered {
  const guard = dev.unbindGuard();
  return guard === undefined ? { ok: false, reason: 'unplugged' } : { ok: true, guard };
}

export function capacity(dev: GpuDevice): number | string {
  const entered = tryEnter(dev);
  if (!entered.ok) return entered.reason;
  using guard = entered.guard;
  return guard.registrationDataWith((_parent, data) => data.vramSize);
}
