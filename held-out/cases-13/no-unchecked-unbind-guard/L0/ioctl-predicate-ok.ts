// The ioctl handler narrows the re-entered guard with a user type predicate before using it. [class 3]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm, GetParam } from '../../../cases/_shared/gpu-drm.js';

const PARAM_REVISION = 3;

function isHeld<D extends drm.AnyDriver>(g: drm.UnbindGuard<D> | undefined): g is drm.UnbindGuard<D> {
  return g !== undefined;
}

export const getRevision: drm.IoctlHandler<GpuDrm, GetParam> = (dev, regData, arg) => {
  if (arg.param !== PARAM_REVISION) {
    arg.value = regData.vramSize;
    return 0;
  }
  using guard = dev.unbindGuard();
  if (!isHeld(guard)) return 19;
  arg.value = guard.parent.revision;
  return 0;
};
