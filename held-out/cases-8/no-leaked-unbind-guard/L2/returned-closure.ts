// A factory returns a ring-doorbell closure out of the registrationDataWith callback.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export type Doorbell = (ring: number) => void;

export function makeDoorbell(dev: drm.Device<GpuDrm>): Doorbell | undefined {
  using guard = dev.unbindGuard();
  if (guard === undefined) return undefined;
  return guard.registrationDataWith((_parent, data) => {
    return (ring: number) => data.bar.write32(1, 0x400 + ring * 4); // expect: bindsafe/no-leaked-unbind-guard
  });
}
