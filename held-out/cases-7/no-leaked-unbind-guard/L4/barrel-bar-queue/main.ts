// [class 8] The registration data's Bar is handed, through a barrel re-export, to a queue that keeps it.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { enqueueBar } from './lib/index.js';

export function submitDma(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return -19;
  return guard.registrationDataWith((_parent, data) => {
    const depth = enqueueBar(data.bar); // expect: bindsafe/no-leaked-unbind-guard
    return depth;
  });
}
