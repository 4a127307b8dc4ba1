// A display-ops object literal has an `enter` method and an assertion method; the vblank path uses both. [class 7]
import { errors, type drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function assertEntered(guard: drm.UnbindGuard<GpuDrm> | undefined): asserts guard is drm.UnbindGuard<GpuDrm> {
  if (guard === undefined) throw new errors.KernelError('ENODEV', 'crtc unplugged');
}

const displayOps = {
  enter(dev: GpuDevice) {
    return dev.unbindGuard();
  },
  label(dev: GpuDevice): string {
    return `${dev.name}/crtc0`;
  },
};

export function vblankCount(dev: GpuDevice): string {
  using guard = displayOps.enter(dev);
  assertEntered(guard);
  return `${displayOps.label(dev)}: ${guard.parent.revision}`;
}
