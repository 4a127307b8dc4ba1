// An async withUnbindGuard callback awaits Promise.allSettled of firmware loads, then logs through the parent. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

async function loadBlob(name: string): Promise<number> {
  await pause(1);
  return name.length * 64;
}

export async function loadFirmware(dev: GpuDevice, blobs: readonly string[]): Promise<number> {
  const total = await dev.withUnbindGuard(async (parent) => {
    parent.asRef().info(`loading ${blobs.length} firmware blobs`);
    const results = await Promise.allSettled(blobs.map((name) => loadBlob(name)));
    const failed = results.filter((r) => r.status === 'rejected').length;
    parent.asRef().info(`${failed} blob(s) failed`); // expect: bindsafe/no-leaked-unbind-guard
    return results.reduce((sum, r) => sum + (r.status === 'fulfilled' ? r.value : 0), 0);
  });
  return total ?? 0;
}
