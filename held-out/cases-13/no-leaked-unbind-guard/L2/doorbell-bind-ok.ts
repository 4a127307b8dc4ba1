// A doorbell poller binds its poll function to the DRM device handle and enters a section on every tick. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function poll(this: void, dev: GpuDevice, offset: number): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    if (data.bar.read32(offset) !== 0) data.bar.write32(0, offset);
  });
}

export const startPolling = (dev: GpuDevice, offset: number): ReturnType<typeof setInterval> =>
  setInterval(poll.bind(undefined, dev, offset), 100);
