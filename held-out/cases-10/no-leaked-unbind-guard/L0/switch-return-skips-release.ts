// A diagnostics dump returns early from a switch case before the manual release.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function dumpReg(dev: drm.Device<GpuDrm>, which: 'status' | 'ctrl'): number {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (!guard) return 0;
  const bar = dev.data.regs.access(guard.parent.asRef());
  switch (which) {
    case 'status':
      return bar.read32(0x10);
    default:
      break;
  }
  const ctrl = bar.read32(0x14);
  guard.release();
  return ctrl;
}
