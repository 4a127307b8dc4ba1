// A .then continuation after the drop opens a file on the unplugged device.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../_shared/gpu-drm.js';

export function unplugAndCheck(reg: drm.Registration<GpuDrm>): Promise<void> {
  const dev = reg.device();
  return reg.drop().then(() => {
    dev.openFile(); // expect: bindsafe/no-unregistered-device-use
  });
}
