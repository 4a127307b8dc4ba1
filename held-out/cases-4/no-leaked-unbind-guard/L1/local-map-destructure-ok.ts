// The parent goes into a Map created inside the section, and destructuring with defaults copies only numbers out. [class 4]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface PciIds {
  readonly vendor: number;
  readonly device: number;
  readonly revision: number;
}

export function idsOf(devs: readonly GpuDevice[]): PciIds[] {
  const ids: PciIds[] = [];
  for (const dev of devs) {
    using guard = dev.unbindGuard();
    if (!guard) continue;
    const byRole = new Map<string, pci.Device<device.Bound>>();
    byRole.set('primary', guard.parent);
    const primary = byRole.get('primary');
    if (primary === undefined) continue;
    const { vendorId: vendor, deviceId: devId = 0, revision } = primary;
    ids.push({ vendor, device: devId, revision });
  }
  return ids;
}
