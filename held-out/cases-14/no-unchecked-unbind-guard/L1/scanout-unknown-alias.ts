// A scanout planner spreads the primary and overlay plane lists into one batch, then forces the card's guard alias through `as unknown as` before programming them. [class 6, class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export interface Plane {
  readonly id: number;
  readonly stride: number;
}

export function program(dev: GpuDevice, primary: readonly Plane[], overlays: readonly Plane[]): number {
  const planes = [...primary, ...overlays].sort((a, b) => a.id - b.id);
  using entered = dev.unbindGuard();
  const guard = entered as unknown as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_pdev, data) => {
    let bytes = 0;
    for (const { id, stride } of planes) {
      data.bar.write32(stride, 0x200 + id * 4);
      bytes += stride;
    }
    return bytes;
  });
}
