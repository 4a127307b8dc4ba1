// A helper drops the registration; the caller then issues an ioctl on its device.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../_shared/gpu-drm.js';

async function teardown(reg: drm.Registration<GpuDrm>): Promise<void> {
  if (!reg.dropped) await reg.drop();
}

export async function recycle(reg: drm.Registration<GpuDrm>): Promise<number> {
  const dev = reg.device();
  const file = dev.openFile();
  await teardown(reg);
  return dev.ioctl('submit', { ring: 0, seqno: 0 }, file); // expect: bindsafe/no-unregistered-device-use
}
