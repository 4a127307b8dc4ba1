// A keep-alive poller calls a "ping" helper every turn; the helper takes and releases the guard itself and returns a boolean the poller may ignore. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

function ping(card: GpuDevice): boolean {
  using guard = card.unbindGuard();
  return guard !== undefined;
}

export async function keepAlive(card: GpuDevice, turns: number, signal?: AbortSignal): Promise<number> {
  let done = 0;
  while (done < turns && !signal?.aborted) {
    ping(card);
    done++;
    await pause(50);
  }
  return done;
}
