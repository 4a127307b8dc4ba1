// A crash collector pushes the registration data's log array itself into a module list.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const crashLogs: string[][] = [];

export function collectCrashLog(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) return crashLogs.length;
  guard.registrationDataWith((_parent, data) => {
    crashLogs.push(data.log); // expect: bindsafe/no-leaked-unbind-guard
  });
  return crashLogs.length;
}
