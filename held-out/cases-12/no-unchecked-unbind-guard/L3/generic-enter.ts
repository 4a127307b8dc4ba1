// A generic guard helper for any DRM driver; a teardown notifier discards it with `void`. [class 2]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function guardOf<D extends drm.AnyDriver>(dev: drm.Device<D>): drm.UnbindGuard<D> | undefined {
  return dev.unbindGuard();
}

export function notifyTeardown(devs: readonly GpuDevice[]): void {
  for (const dev of devs) {
    void guardOf(dev); // expect: bindsafe/no-unchecked-unbind-guard
    console.log(`${dev.name}: teardown`);
  }
}
