// Valid: an async reset holds the guard with using across Promise.all and reads the parent afterwards.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function resetEngines(dev: drm.Device<GpuDrm>, engines: readonly number[]): Promise<boolean> {
  using guard = dev.unbindGuard();
  if (guard === undefined) return false;
  await Promise.all(engines.map(async (e) => { await pause(e); }));
  return guard.parent.memoryEnabled;
}
