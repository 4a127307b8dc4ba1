// The registration is dropped through an alias; the device is used afterwards.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../_shared/gpu-drm.js';

export async function reset(reg: drm.Registration<GpuDrm>): Promise<boolean> {
  const handle = reg;
  await handle.drop();
  const guard = reg.device().unbindGuard(); // expect: bindsafe/no-unregistered-device-use
  if (!guard) return false;
  guard.release();
  return true;
}
