// A heartbeat task consumes an async stream of ticks and "touches" the DRM device on each one with a voided unbindGuard(), discarding the section it opens. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

async function* ticks(periodMs: number, count: number): AsyncGenerator<number> {
  for (let n = 0; n < count; n++) {
    await pause(periodMs);
    yield n;
  }
}

export async function heartbeat(dev: GpuDevice, beats: number): Promise<number> {
  let last = -1;
  for await (const tick of ticks(10, beats)) {
    void dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
    last = tick;
  }
  return last;
}
