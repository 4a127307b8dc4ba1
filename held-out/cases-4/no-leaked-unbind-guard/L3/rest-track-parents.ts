// A rest-parameter helper adds every parent it is given to a module-level Set; the caller hands it the guard's parent. [class 8]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const liveParents = new Set<pci.Device<device.Bound>>();

function track(...parents: pci.Device<device.Bound>[]): number {
  for (const p of parents) liveParents.add(p);
  return liveParents.size;
}

export function hotplugAdded(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return liveParents.size;
  guard.parent.asRef().info('hotplug: added');
  return track(guard.parent); // expect: bindsafe/no-leaked-unbind-guard
}
