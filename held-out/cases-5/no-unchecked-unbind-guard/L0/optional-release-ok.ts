// A best-effort telemetry read goes through `guard?.` everywhere and closes the section with `guard?.release?.()`. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export interface Telemetry {
  readonly vram: number;
  readonly queued: number;
  readonly online: boolean;
}

export function telemetry(dev: drm.Device<GpuDrm>): Telemetry {
  const guard = dev.unbindGuard();
  const online = guard !== undefined;
  const vram = guard?.registrationDataWith((_parent, data) => data.vramSize) ?? 0;
  const queued = guard?.registrationDataWith((_parent, data) => data.log.length) ?? 0;
  guard?.release?.();
  return { vram, queued, online };
}
