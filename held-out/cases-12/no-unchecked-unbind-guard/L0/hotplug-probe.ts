// A hot-plug monitor keeps an optional DRM handle and touches it through an optional call. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class HotplugMonitor {
  #dev?: GpuDevice;

  attach(dev: GpuDevice): void {
    this.#dev = dev;
  }

  poke(): void {
    this.#dev?.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  }
}
