// A small wrapper the driver passes around instead of the raw drm.Device.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

export class CardHandle {
  constructor(readonly dev: GpuDevice, readonly slot: number) {}

  get label(): string {
    return `${this.dev.name}#${this.slot}`;
  }

  enter(): drm.UnbindGuard<GpuDrm> | undefined {
    return this.dev.unbindGuard();
  }
}

export function isHeld(guard: drm.UnbindGuard<GpuDrm> | undefined): guard is drm.UnbindGuard<GpuDrm> {
  return guard !== undefined;
}
