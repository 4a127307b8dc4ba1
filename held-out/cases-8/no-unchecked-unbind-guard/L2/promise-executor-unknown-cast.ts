// [class 5] A promise executor casts the guard through unknown and resolves with a number.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function vramLater(dev: GpuDevice, delayMs: number): Promise<number> {
  return new Promise<number>((resolve) => {
    setTimeout(() => {
      using guard = dev.unbindGuard() as unknown as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
      resolve(guard.registrationDataWith((_p, data) => data.vramSize));
    }, delayMs);
  });
}
