// Helper module: schedules a cache flush on a timer with the registration data it is given.
import type { GpuRegData } from '../../../../cases/_shared/gpu-drm.js';

export function scheduleFlush(data: GpuRegData, delayMs = 10): void {
  setTimeout(() => {
    data.bar.write32(1, 0x700);
    data.log.push('flushed');
  }, delayMs);
}
