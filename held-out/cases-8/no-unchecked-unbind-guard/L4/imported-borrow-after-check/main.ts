// After checking the guard, the caller lends it to an imported formatter that only reads it.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { formatIds } from './format.js';

export function idLine(dev: GpuDevice, prefix = 'gpu'): string {
  using guard = dev.unbindGuard();
  if (!guard) return `${prefix}: -`;
  return formatIds(prefix, guard);
}
