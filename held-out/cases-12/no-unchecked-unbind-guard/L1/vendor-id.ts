// A vendor/device id query destructures the parent straight out of an asserted guard alias. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function pciIds(dev: GpuDevice): readonly [number, number] {
  using guard = dev.unbindGuard();
  const { parent } = guard!; // expect: bindsafe/no-unchecked-unbind-guard
  return [parent.vendorId, parent.deviceId] as const;
}
