// A BAR snapshot record (the Bar plus a timestamp) is filed in a module Map [class 6].
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface BarSnapshot {
  readonly bar: pci.Bar;
  readonly takenAt: number;
}

const snapshots = new Map<string, BarSnapshot>();

export function snapshot(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_p, data) => {
    const record: BarSnapshot = { bar: data.bar, takenAt: Date.now() };
    snapshots.set(dev.name, record); // expect: bindsafe/no-leaked-unbind-guard
  });
}
