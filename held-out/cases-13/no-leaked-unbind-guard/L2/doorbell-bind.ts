// A doorbell poller binds its poll function to the registration data's BAR and hands it to setInterval. [class 7]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function poll(this: void, bar: pci.Bar, offset: number): void {
  if (bar.read32(offset) !== 0) bar.write32(0, offset);
}

export const startPolling = (dev: GpuDevice, offset: number): ReturnType<typeof setInterval> | undefined => {
  using guard = dev.unbindGuard();
  return guard?.registrationDataWith((_parent, data) =>
    setInterval(poll.bind(undefined, data.bar, offset), 100), // expect: bindsafe/no-leaked-unbind-guard
  );
};
