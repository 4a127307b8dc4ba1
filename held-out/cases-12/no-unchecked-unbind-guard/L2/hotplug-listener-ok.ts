// A hot-plug listener on an EventTarget checks the guard with an assertion function in its handler. [class 5, 7]
import { errors, type drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function assertLive(g: drm.UnbindGuard<GpuDrm> | undefined, name: string): asserts g is drm.UnbindGuard<GpuDrm> {
  if (!g) throw new errors.KernelError('ENODEV', `${name} unplugged`);
}

export function watchHotplug(dev: GpuDevice, bus: EventTarget, signal: AbortSignal): void {
  bus.addEventListener(
    'link-change',
    () => {
      using guard = dev.unbindGuard();
      try {
        assertLive(guard, dev.name);
      } catch {
        return;
      }
      guard.parent.asRef().info('link changed');
    },
    { signal },
  );
}
