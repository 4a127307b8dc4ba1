// Ring setup hands the BAR to a keeper module (through a barrel) that only uses it during the call.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { ackNow } from './lib/index.js';

export function setupRing(dev: GpuDevice, ring: number): number {
  using guard = dev.unbindGuard();
  return guard?.registrationDataWith((_parent, data) => ackNow(ring, data.bar)) ?? 0;
}
