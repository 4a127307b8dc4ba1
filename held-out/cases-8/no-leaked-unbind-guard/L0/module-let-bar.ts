// The register BAR from registration data is cached in a module variable for a debugfs dump.
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let debugBar: pci.Bar | null = null;

export function armDebugfs(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  guard.registrationDataWith((_parent, data) => {
    debugBar = data.bar; // expect: bindsafe/no-leaked-unbind-guard
  });
  return debugBar !== null;
}
