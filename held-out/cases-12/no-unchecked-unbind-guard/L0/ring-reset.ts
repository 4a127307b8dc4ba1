// A ring reset takes a guard with an old-style angle-bracket cast and releases it in `finally`. [class 1, 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function resetRing(dev: GpuDevice, ring: number): number {
  const guard = <drm.UnbindGuard<GpuDrm>>dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  try {
    return guard.registrationDataWith((_parent, data) => {
      data.log.push(`reset ring ${ring}`);
      return data.counters[`ring${ring}`] ?? 0;
    });
  } finally {
    guard.release();
  }
}
