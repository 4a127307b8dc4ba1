// Teardown stages for a DRM registration.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

export type Stage = 'quiesce' | 'unplug' | 'done';

export async function retire(reg: drm.Registration<GpuDrm>, log: (stage: Stage) => void): Promise<void> {
  log('quiesce');
  await Promise.resolve();
  log('unplug');
  await reg.drop();
  log('done');
}
