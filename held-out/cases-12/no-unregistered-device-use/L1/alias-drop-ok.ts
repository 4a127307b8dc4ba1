// A GPU reset path replays a getParam ioctl while registered, then drops the registration through an alias and keeps only the name. [class 6]
import type { drm } from '@bindsafe/kernel';
import type { GetParam, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export async function probeAndReset(reg: drm.Registration<GpuDrm>): Promise<[string, number]> {
  const dev = reg.device();
  const file = dev.openFile();
  const query: GetParam = { param: 1, value: 0 };
  const rc = dev.ioctl('getParam', query, file);
  const [doomed] = [reg];
  await doomed.drop();
  return [dev.name, typeof rc === 'number' ? query.value : -1];
}
