// A cursor update keeps the result in a local and asserts it with ! on the using line.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function moveCursor(dev: GpuDevice, x: number, y: number): number {
  const maybe = dev.unbindGuard();
  using guard = maybe!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_p, data) => (x * y < data.vramSize ? 0 : -22));
}
