// A crash-dump hook snapshots the registration data with a spread, keeping its BAR and parent. [class 4]
import type { GpuDevice, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

let snapshot: GpuRegData | undefined;

export function captureCrashState(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    snapshot = { ...data, log: [...data.log, 'crash'] }; // expect: bindsafe/no-leaked-unbind-guard
  });
}

export function crashVram(): number {
  return snapshot?.vramSize ?? 0;
}
