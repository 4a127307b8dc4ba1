// [class 8] An overloaded helper passes unbindGuard()'s result on; the caller casts it to drop undefined.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function section(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined;
function section(dev: GpuDevice, label: string): drm.UnbindGuard<GpuDrm> | undefined;
function section(dev: GpuDevice, label?: string): drm.UnbindGuard<GpuDrm> | undefined {
  if (label !== undefined) console.log(`${dev.name}: entering ${label}`);
  return dev.unbindGuard();
}

export function crtcCount(dev: GpuDevice): number {
  using guard = section(dev, 'crtc') as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_p, data) => data.counters['crtcs'] ?? 0);
}
