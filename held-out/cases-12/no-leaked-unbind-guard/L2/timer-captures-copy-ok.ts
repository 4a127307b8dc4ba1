// The thermal throttle's delayed log captures copies (name, revision) and a drm.Device handle. [class 2]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function throttle(dev: GpuDevice, celsius: number): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const { name, revision } = guard.parent;
  if (celsius > 95) {
    setTimeout(() => console.log(`${dev.name} (${name} rev ${revision}) throttled at ${celsius} C`), 250);
  }
}
