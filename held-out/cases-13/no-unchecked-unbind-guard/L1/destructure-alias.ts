// A hwmon reader keeps the guard in `using`, then destructures the parent out of the asserted alias. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface HwmonSample {
  readonly vendor: number;
  readonly revision: number;
}

export function sampleHwmon(dev: GpuDevice): HwmonSample {
  using section = dev.unbindGuard();
  const { parent } = section!; // expect: bindsafe/no-unchecked-unbind-guard
  return { vendor: parent.vendorId, revision: parent.revision } satisfies HwmonSample;
}
