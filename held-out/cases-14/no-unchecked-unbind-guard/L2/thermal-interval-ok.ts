// A thermal watchdog polls the card on a setInterval timer and stops itself the first time the guard comes back undefined (hot-unplug). [class 5, class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function watchThermals(dev: GpuDevice, limit: number, onHot: (celsius: number) => void): () => void {
  const timer = setInterval(() => {
    using guard = dev.unbindGuard();
    if (!guard) {
      clearInterval(timer);
      return;
    }
    const celsius = guard.registrationDataWith((_pdev, data) => data.bar.read32(0x80));
    if (celsius > limit) onHot(celsius);
  }, 250);
  return () => clearInterval(timer);
}
