// A vsync dispatcher keeps an alias of the guard only in a local while the queue drains.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class VsyncDispatcher {
  private lastVendor = 0;
  private readonly queue: Array<(vendor: number) => void> = [];

  enqueue(event: (vendor: number) => void): void {
    this.queue.push(event);
  }

  dispatch(dev: GpuDevice): number {
    using guard = dev.unbindGuard();
    if (!guard) return 0;
    const current = guard;
    this.lastVendor = current.parent.vendorId;
    let fired = 0;
    while (this.queue.length > 0) {
      this.queue.shift()?.(this.lastVendor);
      fired++;
    }
    return fired;
  }
}
