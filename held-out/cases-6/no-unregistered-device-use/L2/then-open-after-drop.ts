// A camera's hot-unplug path opens a file in the `.then` callback of the registration's drop. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function unplugAndProbe(reg: drm.Registration<GpuDrm>): Promise<number> {
  return reg.drop().then(() => {
    const file = reg.device().openFile(); // expect: bindsafe/no-unregistered-device-use
    return file.inner().id;
  });
}
