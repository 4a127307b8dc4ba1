// A per-ring table stores the guarded BAR by index assignment into a module array.
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const ringBars: (pci.Bar | undefined)[] = new Array<pci.Bar | undefined>(8).fill(undefined);

export function bindRing(dev: drm.Device<GpuDrm>, ring: number): boolean {
  using guard = dev.unbindGuard();
  if (guard === undefined || ring < 0 || ring >= ringBars.length) return false;
  guard.registrationDataWith((_p, data) => {
    const { bar } = data;
    ringBars[ring] = bar; // expect: bindsafe/no-leaked-unbind-guard
  });
  return true;
}
