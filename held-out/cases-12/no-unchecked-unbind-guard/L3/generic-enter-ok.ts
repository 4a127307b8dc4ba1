// A generic guard helper for any DRM driver; a teardown notifier checks it in a labelled loop. [class 2]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function guardOf<D extends drm.AnyDriver>(dev: drm.Device<D>): drm.UnbindGuard<D> | undefined {
  return dev.unbindGuard();
}

export function notifyTeardown(devs: readonly GpuDevice[]): number {
  let notified = 0;
  outer: for (const dev of devs) {
    using guard = guardOf(dev);
    if (guard === undefined) continue outer;
    guard.parent.asRef().info('teardown');
    notified++;
  }
  return notified;
}
