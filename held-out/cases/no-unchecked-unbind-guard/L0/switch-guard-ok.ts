// A guard checked once, then used in a switch.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function attr(dev: GpuDevice, name: 'vendor' | 'device' | 'rev' | 'size'): string {
  using guard = dev.unbindGuard();
  if (!guard) return 'ENODEV';
  const { parent } = guard;
  switch (name) {
    case 'vendor':
      return parent.vendorId.toString(16);
    case 'device':
      return parent.deviceId.toString(16);
    case 'rev':
      return String(parent.revision);
    case 'size':
      return String(parent.resourceLen(0));
  }
}
