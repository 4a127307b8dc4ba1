// A `for await` loop over another module's tick generator takes a fresh `using` guard inside each iteration, after the await. [class 5]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { linkSpeed, ticks } from './ticks.js';

export async function sampleLinkSpeed(dev: GpuDevice, samples = 4): Promise<number[]> {
  const speeds: number[] = [];
  for await (const tick of ticks(samples)) {
    using guard = dev.unbindGuard();
    if (!guard) break;
    if (tick === 0) guard.parent.asRef().info(`sampling link speed ${samples}x`);
    speeds.push(linkSpeed(guard.parent));
  }
  return speeds;
}
