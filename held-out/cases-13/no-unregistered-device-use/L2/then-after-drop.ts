// A GPU unplug sequence awaits the drop, then opens a verification file in a .then continuation. [class 5, class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export async function unplugThenVerify(reg: drm.Registration<GpuDrm>): Promise<number> {
  const dev = reg.device();
  await reg.drop();
  return Promise.resolve(dev.name)
    .then(() => dev.openFile()) // expect: bindsafe/no-unregistered-device-use
    .then((file) => file.inner().id);
}
