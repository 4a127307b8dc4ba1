// [class 5] After a firmware load promise settles, a .then callback casts the guard away from undefined.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export function loadFirmware(dev: GpuDevice, blob: Uint8Array): Promise<number> {
  return pause(5).then(() => {
    using guard = dev.unbindGuard() as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    return Math.min(blob.length, guard.parent.resourceLen(2));
  });
}
