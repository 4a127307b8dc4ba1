// A keep-alive poller calls a "touch" helper every turn; the helper returns unbindGuard()'s result and the poller drops it on the floor. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

function touch(card: GpuDevice) {
  return card.unbindGuard();
}

export async function keepAlive(card: GpuDevice, turns: number, signal?: AbortSignal): Promise<number> {
  let done = 0;
  while (done < turns && !signal?.aborted) {
    touch(card); // expect: bindsafe/no-unchecked-unbind-guard
    done++;
    await pause(50);
  }
  return done;
}
