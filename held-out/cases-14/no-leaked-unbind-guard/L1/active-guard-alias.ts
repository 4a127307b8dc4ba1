// A vsync dispatcher keeps the currently active guard so queued events can peek at the parent.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class VsyncDispatcher {
  private active: drm.UnbindGuard<GpuDrm> | undefined;
  private readonly queue: Array<() => void> = [];

  enqueue(event: () => void): void {
    this.queue.push(event);
  }

  dispatch(dev: GpuDevice): number {
    using guard = dev.unbindGuard();
    if (!guard) return 0;
    const current = guard;
    this.active = current; // expect: bindsafe/no-leaked-unbind-guard
    let fired = 0;
    while (this.queue.length > 0) {
      this.queue.shift()?.();
      fired++;
    }
    return fired;
  }

  hasActive(): boolean {
    return this.active !== undefined;
  }
}
