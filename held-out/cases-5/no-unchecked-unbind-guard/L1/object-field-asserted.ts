// A timed attempt object holds the guard in a field and asserts the field with `!` inside `try`; `finally` releases it with `?.`. [class 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const LATENCY_PROBE = 0x60;

export function probeLatency(dev: drm.Device<GpuDrm>): number {
  const attempt = { startedAt: Date.now(), guard: dev.unbindGuard() };
  try {
    const echoed = attempt.guard!.registrationDataWith((_parent, data) => data.bar.read32(LATENCY_PROBE)); // expect: bindsafe/no-unchecked-unbind-guard
    return echoed === 0 ? -5 : Date.now() - attempt.startedAt;
  } finally {
    attempt.guard?.release();
  }
}
