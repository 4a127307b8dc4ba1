// An async VRAM probe awaits a settle delay inside registrationDataWith, then reads the data [class 5].
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function vramAfterSettle(dev: drm.Device<GpuDrm>): Promise<number> {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith(async (_parent, data) => {
    await pause(2);
    return data.vramSize; // expect: bindsafe/no-leaked-unbind-guard
  });
}
