// A counter snapshot packs the asserted guard into a local tuple with the device name. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function snapshot(dev: GpuDevice): Record<string, number> {
  using guard = dev.unbindGuard();
  const [held, name] = [guard!, dev.name] as const; // expect: bindsafe/no-unchecked-unbind-guard
  const copy = held.registrationDataWith((_parent, data) => ({ ...data.counters }));
  return { ...copy, [`${name}.rev`]: held.parent.revision };
}
