// A DRM node manager class opens a file while registered, then drops the registration in the same async method. [class 5, 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm, GpuFile } from '../../../cases/_shared/gpu-drm.js';

export class NodeManager {
  #opened = 0;
  constructor(private readonly reg: drm.Registration<GpuDrm>) {}

  async shutdown(): Promise<GpuFile> {
    const dev = this.reg.device();
    const file = dev.openFile();
    this.#opened += 1;
    await this.reg.drop();
    return file.inner();
  }
}
