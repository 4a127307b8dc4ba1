// A ring reset staggers per-ring writes: `Array.from({ length }, …)` creates one `setTimeout` closure per ring over the registration data's BAR. [class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const RING_RESET = 0x200;

export function resetRings(dev: drm.Device<GpuDrm>, rings: number): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => {
    const { bar } = data;
    const timers = Array.from({ length: rings }, (_, ring) =>
      setTimeout(() => bar.write32(0, RING_RESET + ring * 4), ring * 2), // expect: bindsafe/no-leaked-unbind-guard
    );
    return timers.length;
  });
}
