// A timed attempt object holds the guard in a field; the field is checked with `=== undefined` and released in `finally`. [class 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const LATENCY_PROBE = 0x60;

export function probeLatency(dev: drm.Device<GpuDrm>): number {
  const attempt = { startedAt: Date.now(), guard: dev.unbindGuard() };
  if (attempt.guard === undefined) return -19;
  try {
    const echoed = attempt.guard.registrationDataWith((_parent, data) => data.bar.read32(LATENCY_PROBE));
    return echoed === 0 ? -5 : Date.now() - attempt.startedAt;
  } finally {
    attempt.guard.release();
  }
}
