// An async withUnbindGuard callback awaits a settle delay, then reads the parent's device id.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function settledDeviceId(dev: drm.Device<GpuDrm>): Promise<number | undefined> {
  return dev.withUnbindGuard(async (parent) => {
    await pause(5);
    return parent.deviceId; // expect: bindsafe/no-leaked-unbind-guard
  });
}
