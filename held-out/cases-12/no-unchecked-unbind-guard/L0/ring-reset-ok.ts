// A ring reset checks the guard with an assertion function and releases it in `finally`. [class 1]
import { errors, type drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function assertPlugged(guard: drm.UnbindGuard<GpuDrm> | undefined): asserts guard is drm.UnbindGuard<GpuDrm> {
  if (guard === undefined) throw new errors.KernelError('ENODEV', 'device unplugged');
}

export function resetRing(dev: GpuDevice, ring: number): number {
  const guard = dev.unbindGuard();
  assertPlugged(guard);
  try {
    return guard.registrationDataWith((_parent, data) => {
      data.log.push(`reset ring ${ring}`);
      return data.counters[`ring${ring}`] ?? 0;
    });
  } finally {
    guard.release();
  }
}
