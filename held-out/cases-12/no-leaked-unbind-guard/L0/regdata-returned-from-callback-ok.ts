// The debugfs reader formats inside the section and returns only the string.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function vramForDebugfs(dev: GpuDevice): string | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  return guard.registrationDataWith((_parent, data) => `${data.vramSize >> 20} MiB, ${data.log.length} log lines`);
}
