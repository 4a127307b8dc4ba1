// A publish() helper resolves a module-level Promise.withResolvers() with the parent it gets.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const ready = Promise.withResolvers<pci.Device<device.Bound>>();
export const parentReady = ready.promise;

function publish(p: pci.Device<device.Bound>): void {
  ready.resolve(p);
}

export function announceReady(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  publish(guard.parent); // expect: bindsafe/no-leaked-unbind-guard
}
