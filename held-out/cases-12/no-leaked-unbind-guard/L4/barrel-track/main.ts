// A submission path reports its doorbell BAR to a telemetry barrel whose store keeps it. [class 6]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import * as telemetry from './telemetry/index.js';

export function submit(dev: GpuDevice, ring: number): number {
  using guard = dev.unbindGuard();
  if (!guard) return -19;
  return guard.registrationDataWith((_parent, data) => {
    data.bar.write32(ring, 0x200);
    telemetry.track(data.bar); // expect: bindsafe/no-leaked-unbind-guard
    return 0;
  });
}
