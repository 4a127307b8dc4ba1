// Promise.all of async register polls is awaited inside the using block of the guard.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function pollEngines(dev: drm.Device<GpuDrm>, engines: readonly number[]): Promise<number[]> {
  using guard = dev.unbindGuard();
  if (!guard) return [];
  const bar = dev.data.regs.access(guard.parent.asRef());
  return await Promise.all(
    engines.map(async (e) => {
      await pause(1);
      return bar.read32(0x200 + e * 4);
    }),
  );
}
