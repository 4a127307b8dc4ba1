// A GPU recovery path flushes every ring through an ops table imported from a barrel, then drops the DRM registration. [class 5, 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { ops } from './gpu/index.js';

export async function flushAndDrop(reg: drm.Registration<GpuDrm>, rings: readonly number[]): Promise<number[]> {
  const dev = reg.device();
  const file = dev.openFile();
  const seqnos = rings.map((ring) => ops.submit(dev, file, ring));
  await reg.drop();
  return seqnos;
}
