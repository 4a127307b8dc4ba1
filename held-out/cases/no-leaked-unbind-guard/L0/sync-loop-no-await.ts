// A synchronous loop inside a synchronous callback: every use is inside the section. [class 5]
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function replayNow(dev: GpuDevice, lines: readonly string[]): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => {
    let n = 0;
    for (const line of lines) {
      if (line.length === 0) continue;
      data.log.push(line);
      n++;
    }
    return n;
  });
}
