// A flush path silences the "unused result" warning with void, discarding the guard it opened.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function flushSubmissions(dev: GpuDevice, pending: readonly number[]): number {
  if (pending.length === 0) return 0;
  void dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  dev.data.submitted += pending.length;
  return pending.length;
}
