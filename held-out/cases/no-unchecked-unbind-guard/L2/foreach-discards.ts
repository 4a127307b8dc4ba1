// The result returned to forEach is discarded.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function touchAll(devices: readonly GpuDevice[]): void {
  devices.forEach((dev) => dev.unbindGuard()); // expect: bindsafe/no-unchecked-unbind-guard
}
