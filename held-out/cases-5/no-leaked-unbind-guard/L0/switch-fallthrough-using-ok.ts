// A sysfs-style attribute reader returns plain numbers from `switch` cases (some falling through) while a `using` guard is held. [class 1]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export type Attr = 'vendor' | 'device' | 'revision' | 'rev' | 'vram' | 'vram_size' | 'queued';

export function readAttr(dev: drm.Device<GpuDrm>, attr: Attr): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) return -19;
  const pdev = guard.parent;
  switch (attr) {
    case 'vendor':
      return pdev.vendorId;
    case 'device':
      return pdev.deviceId;
    case 'revision':
    case 'rev':
      return pdev.revision;
    case 'vram':
    case 'vram_size':
      return guard.registrationDataWith((_parent, data) => data.vramSize);
    case 'queued':
    default:
      return guard.registrationDataWith((_parent, data) => data.log.length);
  }
}
