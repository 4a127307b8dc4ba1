// `??` falls back to a second device's guard and the combined result is checked before use.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function renderNodeBar(primary: GpuDevice, fallback: GpuDevice): number {
  using guard = primary.unbindGuard() ?? fallback.unbindGuard();
  if (!guard) return 0;
  const { parent } = guard;
  return parent.resourceLen(0);
}
