// A monitor puts a SAFETY comment above a `for await` over a safe async generator from another module: nothing under it is unsafe. [class 5]
import type { devres, platform } from '@bindsafe/kernel';
import { frames } from './frames.js';

export async function averageFrameTime(handle: platform.Device, mem: devres.Devres<platform.IoMem>): Promise<number> {
  let last: number | undefined;
  let total = 0;
  let n = 0;
  // SAFETY: the capture device stays bound while frames are sampled. // expect: bindsafe/require-safety-comment
  for await (const stamp of frames(handle, mem, 32)) {
    if (last !== undefined) {
      total += stamp - last;
      n += 1;
    }
    last = stamp;
  }
  return n === 0 ? 0 : total / n;
}
