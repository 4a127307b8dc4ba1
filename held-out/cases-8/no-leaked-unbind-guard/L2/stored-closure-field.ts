// A metrics object stores a reader closure over the parent in a field, to be called later.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class Metrics {
  private revisionReader: (() => number) | null = null;

  bind(dev: drm.Device<GpuDrm>): void {
    using guard = dev.unbindGuard();
    if (guard === undefined) return;
    const parent = guard.parent;
    this.revisionReader = () => parent.revision; // expect: bindsafe/no-leaked-unbind-guard
  }

  revision(): number {
    return this.revisionReader?.() ?? -1;
  }
}
