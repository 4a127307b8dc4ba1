// A GPU hot-unplug path drops the registration, then installs an abort listener that takes a guard on the unplugged device. [class 5, class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export async function unplugWithWatchdog(reg: drm.Registration<GpuDrm>, signal: AbortSignal): Promise<void> {
  const dev = reg.device();
  await reg.drop();
  signal.addEventListener('abort', () => {
    const vendor = dev.withUnbindGuard((parent) => parent.vendorId); // expect: bindsafe/no-unregistered-device-use
    process.stdout.write(`watchdog: ${vendor ?? 'gone'}\n`);
  });
}
