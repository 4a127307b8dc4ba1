// A runtime-PM "keep alive" helper calls unbindGuard for its side effect with void.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function keepAlive(dev: GpuDevice, reason: string): void {
  void dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  console.log(`${dev.name}: kept alive (${reason})`);
}
