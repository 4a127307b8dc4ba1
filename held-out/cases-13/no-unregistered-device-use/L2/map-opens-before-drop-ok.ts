// A GPU test harness opens one file per client in a map callback, collects their ids, and only then unplugs the registration. [class 5, class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export async function openThenUnplug(reg: drm.Registration<GpuDrm>, clients: readonly string[]): Promise<ReadonlyMap<string, number>> {
  const dev = reg.device();
  const files = clients.map(() => dev.openFile());
  const ids = new Map(clients.map((client, i) => [client, files[i]?.inner().id ?? -1] as const));
  await reg.drop();
  return ids;
}
