// A keep-alive timer discards the guard with `void` on every tick. [class 5] [class 8]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function keepAlive(dev: GpuDevice, ms: number): NodeJS.Timeout {
  return setInterval(() => void dev.unbindGuard(), ms); // expect: bindsafe/no-unchecked-unbind-guard
}
