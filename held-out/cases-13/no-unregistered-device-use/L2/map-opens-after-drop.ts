// A GPU test harness unplugs the registration and then tries to open one file per client in a map callback. [class 5, class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export async function reopenClients(reg: drm.Registration<GpuDrm>, clients: readonly string[]): Promise<ReadonlyMap<string, number>> {
  const dev = reg.device();
  await reg.drop();
  const files = clients.map(() => dev.openFile()); // expect: bindsafe/no-unregistered-device-use
  return new Map(clients.map((client, i) => [client, files[i]?.inner().id ?? -1] as const));
}
