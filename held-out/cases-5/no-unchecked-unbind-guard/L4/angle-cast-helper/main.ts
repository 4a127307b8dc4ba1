// A scanout flip casts another module's `openSection` result with an angle-bracket assertion `<drm.UnbindGuard<…>>`, dropping the unplugged case. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { openSection } from './section.js';

const SCANOUT_BASE = 0x3b0;

export function flip(dev: drm.Device<GpuDrm>, offset: number): void {
  using guard = <drm.UnbindGuard<GpuDrm>>openSection(dev); // expect: bindsafe/no-unchecked-unbind-guard
  guard.registrationDataWith((_parent, data) => data.bar.write32(offset, SCANOUT_BASE));
}
