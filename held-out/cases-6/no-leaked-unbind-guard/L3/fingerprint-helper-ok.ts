// [class 8] A helper that only reads the guarded parent during the call and returns a string.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function fingerprint(parent: pci.Device<device.Bound>): string {
  return [parent.vendorId, parent.deviceId, parent.revision].map((n) => n.toString(16)).join('-');
}

export const fingerprints = new Set<string>();

export function recordFingerprint(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  fingerprints.add(fingerprint(guard.parent));
}
