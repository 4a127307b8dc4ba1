// A GPU teardown sequence opens a file, unplugs the registration, then issues a final getParam ioctl. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GetParam, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export async function drainAndUnplug(reg: drm.Registration<GpuDrm>): Promise<[label: string, vram: number]> {
  const dev = reg.device();
  const file = dev.openFile();
  const arg: GetParam = { param: 1, value: 0 };
  await reg.drop();
  const rc = await dev.ioctl('getParam', arg, file); // expect: bindsafe/no-unregistered-device-use
  return [dev.data.label, rc === 0 ? arg.value : -1];
}
