// A .then continuation asserts the guard once the firmware is loaded.
import type { GpuDevice } from '../../_shared/gpu-drm.js';
import { pause } from '../../_shared/timing.js';

export function afterFirmware(dev: GpuDevice): Promise<number> {
  return pause(5).then(() => {
    using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    return guard.parent.revision;
  });
}
