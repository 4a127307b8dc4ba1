// After an imported helper dropped the registration, a guard is taken on its device.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../_shared/gpu-drm.js';
import { unplug } from './lifecycle.js';

export async function recover(reg: drm.Registration<GpuDrm>): Promise<string> {
  const dev = reg.device();
  const message = await unplug(reg, 'recovery');
  using guard = dev.unbindGuard(); // expect: bindsafe/no-unregistered-device-use
  return guard ? `${message}, still bound` : message;
}
