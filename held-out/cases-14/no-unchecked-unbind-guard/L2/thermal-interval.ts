// A thermal watchdog polls the card on a setInterval timer and asserts the guard inside the timer callback, which will run after hot-unplug. [class 5, class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function watchThermals(dev: GpuDevice, limit: number, onHot: (celsius: number) => void): () => void {
  const timer = setInterval(() => {
    using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    const celsius = guard.registrationDataWith((_pdev, data) => data.bar.read32(0x80));
    if (celsius > limit) onHot(celsius);
  }, 250);
  return () => clearInterval(timer);
}
