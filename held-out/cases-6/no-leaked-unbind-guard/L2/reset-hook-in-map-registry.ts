// [class 7] A GPU reset-hook registry (`Map<string, () => void>`) gets a closure over the registration data's log.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export const resetHooks = new Map<string, () => void>();

export function installResetHook(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  guard.registrationDataWith((_parent, data) => {
    resetHooks.set(dev.name, () => { data.log.push('reset requested'); }); // expect: bindsafe/no-leaked-unbind-guard
  });
  return true;
}
