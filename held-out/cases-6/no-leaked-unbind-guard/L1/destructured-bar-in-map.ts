// [class 6] A NIC keeps a per-device record holding a destructured registration-data `bar` in a module Map.
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface RingWindow {
  readonly bar: pci.Bar;
  readonly size: number;
}

const windows = new Map<string, RingWindow>();

export function mapRings(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (guard === undefined) return;
  guard.registrationDataWith((_parent, { bar, vramSize }) => {
    windows.set(dev.name, { bar, size: vramSize }); // expect: bindsafe/no-leaked-unbind-guard
  });
}
