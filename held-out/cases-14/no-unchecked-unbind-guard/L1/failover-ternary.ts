// A failover retry loop alternates between a primary and a spare card, asserting whichever guard the conditional picked. [class 8]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function submitWithFailover(primary: GpuDevice, spare: GpuDevice, words: number, tries = 3): Promise<string> {
  for (let attempt = 0; attempt < tries; attempt++) {
    const useSpare = attempt % 2 === 1;
    {
      using guard = (useSpare ? spare.unbindGuard() : primary.unbindGuard())!; // expect: bindsafe/no-unchecked-unbind-guard
      const room = guard.registrationDataWith((_pdev, data) => data.vramSize);
      if (room >= words) return guard.parent.name;
    }
    await pause(1 << attempt);
  }
  return '';
}
