// A Gate wraps one GPU; enter() passes unbindGuard()'s result on.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export class Gate {
  constructor(readonly dev: GpuDevice) {}

  enter(): drm.UnbindGuard<GpuDrm> | undefined {
    return this.dev.unbindGuard();
  }
}
