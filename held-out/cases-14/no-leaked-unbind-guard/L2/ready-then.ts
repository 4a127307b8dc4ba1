// Firmware-ready is a promise the boot emitter resolves; once it settles the BAR's status word is read. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let markReady: () => void = () => {};
export const firmwareReady = new Promise<void>((resolve) => {
  markReady = resolve;
});
export const bootEvents = { ready: (): void => markReady() };

export function statusWhenReady(dev: GpuDevice): Promise<number> | undefined {
  using guard = dev.unbindGuard();
  return guard?.registrationDataWith((_parent, data) => {
    const bar = data.bar;
    return firmwareReady.then(() => bar.read32(0x10)); // expect: bindsafe/no-leaked-unbind-guard
  });
}
