// A submit path batches doorbell kicks into one microtask; the microtask "keeps the card alive" with a voided unbindGuard() that opens a section nobody closes. [class 5, class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const pendingKicks = new Map<GpuDevice, number>();

export function kick(dev: GpuDevice, ring: number): void {
  const queued = pendingKicks.get(dev);
  pendingKicks.set(dev, (queued ?? 0) | (1 << ring));
  if (queued !== undefined) return;
  queueMicrotask(() => {
    void dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
    pendingKicks.delete(dev);
  });
}
