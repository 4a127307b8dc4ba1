// A hang report is deferred with queueMicrotask, whose closure uses the guard's parent after the section ended. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const HANG_STATUS = 0x0204;

export function checkHang(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  const parent = guard.parent;
  const status = guard.registrationDataWith((_p, data) => data.bar.read32(HANG_STATUS));
  if (status === 0) return false;
  queueMicrotask(() => { // expect: bindsafe/no-leaked-unbind-guard
    parent.asRef().info(`ring hang, status 0x${status.toString(16)}`);
  });
  return true;
}
