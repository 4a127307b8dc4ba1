// A generic helper opens and closes the section itself (`using`) and hands callers only what their callbacks return.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function withParent<R>(dev: GpuDevice, fallback: R, f: (parent: pci.Device<device.Bound>) => R): R {
  using guard = dev.unbindGuard();
  if (!guard) return fallback;
  return f(guard.parent);
}

export const revisionOf = (dev: GpuDevice): number => withParent(dev, -1, (p) => p.revision);

export const barSizes = (dev: GpuDevice, bars: readonly number[]): number[] =>
  withParent(dev, [], (p) => bars.map((bar) => p.resourceLen(bar)));

export function isVendor(dev: GpuDevice, vendor: number): boolean {
  return withParent(dev, false, (p) => p.vendorId === vendor);
}
