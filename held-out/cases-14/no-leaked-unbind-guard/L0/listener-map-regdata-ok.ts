// A per-ring listener registry keeps a copy of the registration data's log lines for later replay.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const ringLogs = new Map<number, string[]>();

export function captureLog(dev: GpuDevice, ring: number): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    ringLogs.set(ring, [...data.log]);
  });
}

export function replay(ring: number, sink: (line: string) => void): void {
  for (const line of ringLogs.get(ring) ?? []) sink(line);
}
