// An observer list is told the device's vendor once a fence signals; the vendor is copied out before release. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface FenceObserver {
  signalled(seqno: number, vendor: number): void;
}

export class FenceHub {
  readonly #observers = new Set<FenceObserver>();

  subscribe(observer: FenceObserver): () => boolean {
    this.#observers.add(observer);
    return () => this.#observers.delete(observer);
  }

  signal(dev: GpuDevice, seqno: number): void {
    const guard = dev.unbindGuard();
    if (!guard) return;
    const bar = guard.registrationDataWith((_parent, data) => data.bar.size);
    const vendor = guard.parent.vendorId;
    guard.release();
    for (const observer of this.#observers) observer.signalled(seqno + bar, vendor);
  }
}
