// A GPU recovery path drops the DRM registration and then flushes a ring through an ops table imported from a barrel. [class 5, 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { ops } from './gpu/index.js';

export async function recover(reg: drm.Registration<GpuDrm>, rings: readonly number[]): Promise<number[]> {
  const dev = reg.device();
  const file = dev.openFile();
  await reg.drop();
  const seqnos: number[] = [];
  for (const ring of rings) {
    seqnos.push(ops.submit(dev, file, ring)); // expect: bindsafe/no-unregistered-device-use
  }
  return seqnos;
}
