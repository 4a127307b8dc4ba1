// A hot-plug listener on an EventTarget asserts an alias of the guard in its handler. [class 5, 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function watchHotplug(dev: GpuDevice, bus: EventTarget, signal: AbortSignal): void {
  bus.addEventListener(
    'link-change',
    () => {
      using guard = dev.unbindGuard();
      const live = guard;
      live!.parent.asRef().info('link changed'); // expect: bindsafe/no-unchecked-unbind-guard
    },
    { signal },
  );
}
