// A static factory measures a GPU's BARs, throwing ENODEV through `??` when it is unplugged. [class 8]
import { errors } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function enodev(name: string): never {
  throw new errors.KernelError('ENODEV', `${name} is unplugged`);
}

export class BarLayout {
  private constructor(readonly sizes: readonly number[]) {}

  static measure(dev: GpuDevice, bars: readonly number[] = [0, 2]): BarLayout {
    using guard = dev.unbindGuard() ?? enodev(dev.name);
    return new BarLayout(bars.map((bar) => guard.parent.resourceLen(bar)));
  }
}
