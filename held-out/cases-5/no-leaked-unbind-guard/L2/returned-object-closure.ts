// A scanout opener returns an object literal whose `rearm` method closes over the guard's bound parent: the closure leaves the section with it. [class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export interface Scanout {
  readonly vendor: number;
  rearm(): void;
}

export function openScanout(dev: drm.Device<GpuDrm>): Scanout | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  const parent = guard.parent;
  parent.asRef().info('scanout opened');
  return { vendor: parent.vendorId, rearm: () => parent.asRef().info('scanout re-armed') }; // expect: bindsafe/no-leaked-unbind-guard
}
