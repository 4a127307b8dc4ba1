// A nested function handed to setTimeout checks its guard with a ternary each time it runs and re-arms itself a bounded number of times.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function pollLink(dev: GpuDevice, onDone: (width: number) => void, retries = 3): void {
  let left = retries;
  function attempt(): void {
    using guard = dev.unbindGuard();
    const width = guard ? guard.registrationDataWith((_parent, data) => data.bar.read32(0x0900) & 0x3f) : 0;
    if (width !== 0 || --left <= 0) {
      onDone(width);
      return;
    }
    setTimeout(attempt, 5);
  }
  setTimeout(attempt, 0);
}
