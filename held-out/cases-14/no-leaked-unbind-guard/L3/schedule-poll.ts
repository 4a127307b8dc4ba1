// A poll scheduler runs a status callback later; the callback's argument is captured for the timer. [class 7]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function later<T>(value: T, callback: (value: T) => void, delayMs: number): void {
  setTimeout(() => callback(value), delayMs);
}

const statusSeen: number[] = [];

export function pollStatus(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    later(data.bar, (bar: pci.Bar) => statusSeen.push(bar.read32(0)), 50); // expect: bindsafe/no-leaked-unbind-guard
  });
}
