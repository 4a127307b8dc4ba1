// Valid: a helper reads status registers from the BAR and returns numbers only.
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function readStatus(bar: pci.Bar, ...offsets: number[]): number[] {
  return offsets.map((o) => bar.read32(o));
}

const lastStatus: number[] = [];

export function refreshStatus(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (guard === undefined) return;
  const values = guard.registrationDataWith((_parent, data) => readStatus(data.bar, 0x00, 0x04, 0x08));
  lastStatus.splice(0, lastStatus.length, ...values);
}
