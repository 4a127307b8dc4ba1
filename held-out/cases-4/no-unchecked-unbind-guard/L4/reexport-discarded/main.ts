// Through a renamed re-export, the resume path calls the helper for its side effect and discards the guard it returns. [class 8]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { pinDevice } from './index.js';

export async function resume(dev: GpuDevice, steps: readonly (() => Promise<void>)[]): Promise<number> {
  let done = 0;
  for (const step of steps) {
    await step();
    done++;
  }
  if (done === steps.length) {
    pinDevice(dev); // expect: bindsafe/no-unchecked-unbind-guard
  }
  return done;
}
