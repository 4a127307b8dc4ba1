// A GPU unplug sequence opens a verification file first, then drops the registration in a .then chain and reports the device by name. [class 5, class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function unplugThenReport(reg: drm.Registration<GpuDrm>): Promise<readonly [name: string, fileId: number]> {
  const dev = reg.device();
  const file = dev.openFile();
  return reg
    .drop()
    .then(() => [dev.name, file.inner().id] as const)
    .catch((err: unknown) => [`${dev.toNormal().name}: ${String(err)}`, -1] as const);
}
