// A namespace import; the trace helper hands the registration data to a reader in a third module. [class 7]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import * as diag from './diag.js';

export function dump(dev: GpuDevice): string[] {
  using guard = dev.unbindGuard();
  if (!guard) return [];
  return guard.registrationDataWith((parent, data) => diag.trace(parent, data));
}
