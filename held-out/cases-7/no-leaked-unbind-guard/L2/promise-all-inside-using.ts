// [class 5] An async self-test awaits Promise.all inside a using block and keeps using the parent after it.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function selfTest(dev: GpuDevice, engines: readonly string[]): Promise<string[]> {
  using guard = dev.unbindGuard();
  if (!guard) return [];
  const results = await Promise.all(
    engines.map(async (name) => {
      await pause(1);
      return `${name}: ok`;
    }),
  );
  guard.parent.asRef().info(`self-test done on rev ${guard.parent.revision}`);
  return results;
}
