// A debugfs reader hands the registration data out of registrationDataWith to format it later.
import type { GpuDevice, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

export function regDataForDebugfs(dev: GpuDevice): GpuRegData | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  return guard.registrationDataWith((_parent, data) => data); // expect: bindsafe/no-leaked-unbind-guard
}

export function formatVram(data: GpuRegData): string {
  return `${data.vramSize >> 20} MiB`;
}
