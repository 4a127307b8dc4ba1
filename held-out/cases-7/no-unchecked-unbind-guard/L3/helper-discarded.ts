// A same-file "section" helper is called as a statement: its guard is discarded.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const openSection = (dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined => dev.unbindGuard();

export function prepareSuspend(dev: GpuDevice): boolean {
  openSection(dev); // expect: bindsafe/no-unchecked-unbind-guard
  return dev.data.submitted === 0;
}
