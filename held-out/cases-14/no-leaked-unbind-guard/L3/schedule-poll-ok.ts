// A poll scheduler runs a status callback later with the status word read inside the section. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function later<T>(value: T, callback: (value: T) => void, delayMs: number): void {
  setTimeout(() => callback(value), delayMs);
}

const statusSeen: number[] = [];

export function pollStatus(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    later(data.bar.read32(0), (status: number) => statusSeen.push(status), 50);
  });
}
