// An ioctl handler re-enters the device for the parent's revision, cast with NonNullable. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm, GetParam } from '../../../cases/_shared/gpu-drm.js';

const PARAM_REVISION = 3;

export const getRevision: drm.IoctlHandler<GpuDrm, GetParam> = (dev, regData, arg) => {
  if (arg.param !== PARAM_REVISION) {
    arg.value = regData.vramSize;
    return 0;
  }
  using guard = dev.unbindGuard() as NonNullable<ReturnType<GpuDevice['unbindGuard']>>; // expect: bindsafe/no-unchecked-unbind-guard
  arg.value = guard.parent.revision;
  return 0;
};
