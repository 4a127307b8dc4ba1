// Submission operations of the GPU driver, kept in an ops table.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuFile, Submit } from '../../../../../cases/_shared/gpu-drm.js';

export interface SubmitOps {
  submit(dev: GpuDevice, file: drm.File<GpuFile>, ring: number): number;
}

export const ops: SubmitOps = {
  submit(dev, file, ring) {
    const arg: Submit = { ring, seqno: 0 };
    const rc = dev.ioctl('submit', arg, file);
    return typeof rc === 'number' ? arg.seqno : -1;
  },
};
