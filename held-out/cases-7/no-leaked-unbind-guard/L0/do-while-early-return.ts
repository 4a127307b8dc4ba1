// [class 1] A firmware poll loop (do/while) returns early from inside the loop and skips the manual release.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function waitFirmwareReady(dev: GpuDevice, maxTries = 8): number {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (!guard) return -19;
  let tries = 0;
  let status = 0;
  do {
    status = guard.parent.resourceLen(0) & 0xff;
    if (status === 0xff) return -5;
    tries++;
  } while (status !== 1 && tries < maxTries);
  guard.release();
  return tries;
}
