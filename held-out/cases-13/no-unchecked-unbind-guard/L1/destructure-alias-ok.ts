// The hwmon reader destructures the parent only after an early return for the unplugged case. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface HwmonSample {
  readonly vendor: number;
  readonly revision: number;
}

export function sampleHwmon(dev: GpuDevice): HwmonSample | undefined {
  using section = dev.unbindGuard();
  if (!section) return undefined;
  const { parent } = section;
  return { vendor: parent.vendorId, revision: parent.revision } satisfies HwmonSample;
}
