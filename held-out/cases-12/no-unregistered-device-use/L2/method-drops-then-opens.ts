// A DRM node manager class drops its registration in an async method and then opens a file on the unplugged device. [class 5, 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm, GpuFile } from '../../../cases/_shared/gpu-drm.js';

export class NodeManager {
  #opened = 0;
  constructor(private readonly reg: drm.Registration<GpuDrm>) {}

  async restart(): Promise<GpuFile> {
    const dev = this.reg.device();
    await this.reg.drop();
    const file = dev.openFile(); // expect: bindsafe/no-unregistered-device-use
    this.#opened += 1;
    return file.inner();
  }
}
