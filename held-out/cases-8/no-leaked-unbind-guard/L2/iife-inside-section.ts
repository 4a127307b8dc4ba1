// Valid: an immediately invoked arrow computes a clock divider from the BAR inside the section.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function clockDivider(dev: drm.Device<GpuDrm>, target: number): number {
  return (
    dev.withUnbindGuard((parent) => {
      const base = ((): number => (parent.revision >= 2 ? 1_600 : 800))();
      return Math.max(1, Math.round(base / target));
    }) ?? 1
  );
}
