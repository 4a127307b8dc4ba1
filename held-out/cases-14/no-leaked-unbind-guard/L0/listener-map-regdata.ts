// A per-ring listener registry keeps the registration data's log so ring events can append to it later.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const ringLogs = new Map<number, string[]>();

export function captureLog(dev: GpuDevice, ring: number): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    ringLogs.set(ring, data.log); // expect: bindsafe/no-leaked-unbind-guard
  });
}

export function ringEvent(ring: number, line: string): void {
  ringLogs.get(ring)?.push(line);
}
