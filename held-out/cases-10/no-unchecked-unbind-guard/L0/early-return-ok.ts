// A sysfs show routine returns ENODEV text when the device is unplugged.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function showIdChecked(dev: AuxDevice): string {
  using guard = dev.unbindGuard();
  if (!guard) return 'ENODEV';
  return String(guard.parent.id);
}
