// A fence poller opens a section with const and returns the status without releasing it.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function pollFence(dev: drm.Device<GpuDrm>, seqno: number): boolean {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (guard === undefined) return false;
  const done = guard.registrationDataWith((_p, data) => data.bar.read32(0x40) >= seqno);
  return done;
}
