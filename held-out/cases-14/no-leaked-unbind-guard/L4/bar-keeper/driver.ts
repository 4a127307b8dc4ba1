// Ring setup hands the BAR to a keeper module (through a barrel) so completion events can ack later.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { keep } from './lib/index.js';

export function setupRing(dev: GpuDevice, ring: number): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    keep(ring, data.bar); // expect: bindsafe/no-leaked-unbind-guard
  });
}
