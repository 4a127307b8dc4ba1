// A deferred cache flush chains .then after a settle delay and casts the guard inside the continuation, by which time the card may be gone. [class 5, class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export function flushLater(dev: GpuDevice, lines: readonly number[]): Promise<number> {
  return pause(20).then(() => {
    using guard = dev.unbindGuard() as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    return guard.registrationDataWith((_pdev, data) => {
      for (const line of lines) data.bar.write32(line, 0x300);
      return lines.length;
    });
  });
}
