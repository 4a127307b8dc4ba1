// [class 5] An async generator of status samples takes a checked guard in a block per sample and yields only numbers.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function* statusSamples(dev: GpuDevice, count: number): AsyncGenerator<number> {
  for (let i = 0; i < count; i++) {
    await pause(10);
    let sample: number;
    {
      using guard = dev.unbindGuard();
      if (!guard) return;
      sample = guard.parent.resourceLen(0);
    }
    yield sample;
  }
}
