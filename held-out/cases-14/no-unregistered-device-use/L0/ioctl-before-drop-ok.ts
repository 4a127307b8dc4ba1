// A GPU self-test runs its ioctls while registered, then drops the registration and returns the results. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm, Submit } from '../../../cases/_shared/gpu-drm.js';

export async function selfTest(reg: drm.Registration<GpuDrm>): Promise<readonly number[]> {
  const dev = reg.device();
  const file = dev.openFile();
  const submit: Submit = { ring: 0, seqno: 0 };
  const results = [await dev.ioctl('submit', submit, file), await dev.ioctl('getParam', { param: 2, value: 0 }, file)];
  await reg.drop();
  return [...results, submit.seqno];
}
