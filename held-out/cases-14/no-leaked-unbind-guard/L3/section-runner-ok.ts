// A section runner helper opens a guard, hands it to a subscriber callback and releases it in `finally`. [class 1]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

type SectionSubscriber<R> = (guard: drm.UnbindGuard<GpuDrm>) => R;

function inSection<R>(dev: GpuDevice, subscriber: SectionSubscriber<R>): R | undefined {
  const guard = dev.unbindGuard();
  if (!guard) return undefined;
  try {
    return subscriber(guard);
  } finally {
    guard.release();
  }
}

export function revisionOf(dev: GpuDevice): number {
  return inSection(dev, (guard) => guard.parent.revision) ?? -1;
}
