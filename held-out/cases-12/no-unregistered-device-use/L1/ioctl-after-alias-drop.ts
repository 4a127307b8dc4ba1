// A GPU reset path drops the registration through an alias and then replays a getParam ioctl on the unplugged device. [class 6]
import type { drm } from '@bindsafe/kernel';
import type { GetParam, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export async function resetAndProbe(reg: drm.Registration<GpuDrm>): Promise<number> {
  const dev = reg.device();
  const file = dev.openFile();
  const doomed = reg;
  await doomed.drop();
  const query: GetParam = { param: 1, value: 0 };
  const rc = dev.ioctl('getParam', query, file); // expect: bindsafe/no-unregistered-device-use
  return typeof rc === 'number' ? query.value : -1;
}
