// A scoped-section class releases its guard in [Symbol.dispose], but this path never disposes it. [class 1]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

class Section implements Disposable {
  constructor(private readonly guard: drm.UnbindGuard<GpuDrm>) {}

  get revision(): number {
    return this.guard.parent.revision;
  }

  [Symbol.dispose](): void {
    this.guard.release();
  }
}

export function revisionOf(dev: GpuDevice): number {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (!guard) return -1;
  const section = new Section(guard);
  return section.revision;
}
