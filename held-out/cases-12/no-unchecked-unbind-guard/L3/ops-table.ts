// A display-ops object literal has an `enter` method; the vblank path asserts its result. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const displayOps = {
  enter(dev: GpuDevice) {
    return dev.unbindGuard();
  },
  label(dev: GpuDevice): string {
    return `${dev.name}/crtc0`;
  },
};

export function vblankCount(dev: GpuDevice): string {
  using guard = displayOps.enter(dev)!; // expect: bindsafe/no-unchecked-unbind-guard
  return `${displayOps.label(dev)}: ${guard.parent.revision}`;
}
