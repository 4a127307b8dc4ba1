// Sets the submission counter from the revision and hands the same device back.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export default function prepare(udev: drm.UnregisteredDevice<GpuDrm>, rev: number): drm.UnregisteredDevice<GpuDrm> {
  udev.data.submitted = rev << 8;
  return udev;
}
