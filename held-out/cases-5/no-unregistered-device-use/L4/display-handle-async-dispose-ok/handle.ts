// A display handle owning a DRM registration: its [Symbol.asyncDispose] drops it and then only reads handles of the device.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export class DisplayHandle implements AsyncDisposable {
  constructor(readonly registration: drm.Registration<GpuDrm>) {}

  get device(): GpuDevice {
    return this.registration.device();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    const dev = this.registration.device();
    await this.registration.drop();
    const handle = dev.toNormal();
    console.log(`${handle.name}: display released after ${dev.data.submitted} submissions`);
  }
}
