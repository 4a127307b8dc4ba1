// A hot-plug monitor keeps an optional DRM handle and asks whether it is still plugged. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class HotplugMonitor {
  #dev?: GpuDevice;

  attach(dev: GpuDevice): void {
    this.#dev = dev;
  }

  plugged(): boolean {
    using guard = this.#dev?.unbindGuard();
    return guard !== undefined;
  }
}
