// A static factory measures a GPU's BARs, casting the guard to drop the unplugged case. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class BarLayout {
  private constructor(readonly sizes: readonly number[]) {}

  static measure(dev: GpuDevice, bars: readonly number[] = [0, 2]): BarLayout {
    using guard = dev.unbindGuard() as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    return new BarLayout(bars.map((bar) => guard.parent.resourceLen(bar)));
  }
}
