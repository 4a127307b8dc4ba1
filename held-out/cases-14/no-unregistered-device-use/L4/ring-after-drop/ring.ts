// A submission ring over the GPU's submit ioctl.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm, GpuFile, Submit } from '../../../../cases/_shared/gpu-drm.js';

export interface Ring {
  submit(dev: drm.Device<GpuDrm>, file: drm.File<GpuFile>, ring: number): Promise<number>;
}

class FileRing implements Ring {
  #last = 0;
  async submit(dev: drm.Device<GpuDrm>, file: drm.File<GpuFile>, ring: number): Promise<number> {
    const arg: Submit = { ring, seqno: 0 };
    await dev.ioctl('submit', arg, file);
    this.#last = arg.seqno;
    return this.#last;
  }
}

const ring: Ring = new FileRing();
export default ring;
