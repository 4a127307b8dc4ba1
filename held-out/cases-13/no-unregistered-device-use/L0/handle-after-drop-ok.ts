// A GPU teardown sequence issues its last ioctl, unplugs the registration, then keeps only a handle and the private data. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GetParam, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const retired: drm.Device<GpuDrm>[] = [];

export async function drainAndUnplug(reg: drm.Registration<GpuDrm>): Promise<[label: string, vram: number]> {
  const dev = reg.device();
  const file = dev.openFile();
  const arg: GetParam = { param: 1, value: 0 };
  const rc = await dev.ioctl('getParam', arg, file);
  await reg.drop();
  retired.push(dev.toNormal());
  return [dev.data.label, rc === 0 ? arg.value : -1];
}
