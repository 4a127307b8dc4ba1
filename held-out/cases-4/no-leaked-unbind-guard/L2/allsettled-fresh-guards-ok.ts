// Promise.allSettled over async closures: each awaits first, then takes its own `using` guard and finishes synchronously. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function staggeredReadback(dev: GpuDevice, offsets: readonly number[]): Promise<number[]> {
  const settled = await Promise.allSettled(
    offsets.map(async (offset, i) => {
      await pause(i);
      using guard = dev.unbindGuard();
      if (!guard) throw new Error('unplugged');
      return guard.registrationDataWith((_parent, data) => data.bar.read32(offset));
    }),
  );
  return settled.map((r) => (r.status === 'fulfilled' ? r.value : 0));
}
