// After a submit, the registration data's BAR is handed to another module's helper that flushes it in a microtask. [class 7]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { deferFlush } from './flush.js';

export function submitAndFlush(dev: GpuDevice, ring: number, seqno: number): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  guard.registrationDataWith((_parent, data) => {
    data.bar.write32(seqno, 0x3004 + ring * 0x10);
    deferFlush(data.bar); // expect: bindsafe/no-leaked-unbind-guard
  });
  return true;
}
