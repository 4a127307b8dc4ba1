// An optional companion device parameter is poked with an optional call whose result is dropped.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function syncCompanion(primary: GpuDevice, companion?: GpuDevice): string {
  companion?.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  return primary.name;
}
