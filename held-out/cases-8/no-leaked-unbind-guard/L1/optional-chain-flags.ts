// Valid: optional chaining and nullish defaults read flags inside the section into a plain object.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export interface Caps {
  readonly vram: number;
  readonly fastPath: boolean;
}

const caps: Caps[] = [];

export function probeCaps(dev: drm.Device<GpuDrm>): Caps | undefined {
  using guard = dev.unbindGuard();
  const entry = guard?.registrationDataWith((_p, data) => ({
    vram: data.vramSize,
    fastPath: (data.counters['fast'] ?? 0) > 0,
  }));
  if (entry !== undefined) caps.push(entry);
  return entry;
}
