// Scanout state is read through a barrel's re-exported helpers, which only borrow the registration data's BAR.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { baseOf, readScanoutPitch } from './index.js';

export interface Scanout {
  readonly base: number;
  readonly pitch: number;
}

export function scanoutOf(dev: GpuDevice, heads: readonly number[]): Scanout[] {
  using guard = dev.unbindGuard();
  if (!guard) return [];
  return guard.registrationDataWith((_parent, data) =>
    heads.map((head) => ({ base: baseOf(data.bar, head), pitch: readScanoutPitch(data.bar, head) })),
  );
}
