// Firmware-ready is a promise the boot emitter resolves; the guard is held across the await in a `using` block. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let markReady: () => void = () => {};
export const firmwareReady = new Promise<void>((resolve) => {
  markReady = resolve;
});
export const bootEvents = { ready: (): void => markReady() };

export async function statusWhenReady(dev: GpuDevice): Promise<number | undefined> {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  await firmwareReady;
  return guard.registrationDataWith((_parent, data) => data.bar.read32(0x10));
}
