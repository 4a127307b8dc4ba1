// [class 6] The guard kept in an alias is cast to a local type alias that drops undefined.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

type Held = drm.UnbindGuard<GpuDrm>;

export function hotplugCount(dev: GpuDevice): number {
  const pending = dev.unbindGuard();
  using guard = pending as Held; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_p, data) => data.counters['hotplug'] ?? 0);
}
