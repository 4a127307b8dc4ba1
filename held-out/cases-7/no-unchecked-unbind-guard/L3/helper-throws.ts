// A same-file helper throws a custom error for undefined itself; callers use its result directly.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class UnpluggedError extends Error {}

function mustEnter(dev: GpuDevice): drm.UnbindGuard<GpuDrm> {
  const guard = dev.unbindGuard();
  if (!guard) throw new UnpluggedError(dev.name);
  return guard;
}

export function connectorCount(dev: GpuDevice): number {
  using guard = mustEnter(dev);
  return guard.registrationDataWith((_p, data) => data.counters['connectors'] ?? 0);
}
