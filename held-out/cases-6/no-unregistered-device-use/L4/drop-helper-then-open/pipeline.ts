// A video pipeline's reset opens a file on a node an imported helper has just dropped. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { dropAll } from './teardown.js';

export async function reset(decoder: drm.Registration<GpuDrm>, scaler: drm.Registration<GpuDrm>): Promise<number> {
  await dropAll([decoder, scaler]);
  const file = decoder.device().openFile(); // expect: bindsafe/no-unregistered-device-use
  return file.inner().id;
}
