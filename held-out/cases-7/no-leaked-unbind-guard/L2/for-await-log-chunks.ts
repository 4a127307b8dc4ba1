// [class 5] An async registrationDataWith callback appends chunks of an async iterator to the data's log (for await awaits first).
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export async function importLog(dev: GpuDevice, source: AsyncIterable<string>): Promise<void> {
  const guard = dev.unbindGuard();
  if (!guard) return;
  const pending = guard.registrationDataWith(async (_parent, data) => {
    for await (const chunk of source) {
      data.log.push(chunk); // expect: bindsafe/no-leaked-unbind-guard
    }
  });
  guard.release();
  await pending;
}
