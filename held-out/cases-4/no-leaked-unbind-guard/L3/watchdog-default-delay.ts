// A helper with a default delay arms a setTimeout that later reads the BAR it was given; the caller passes the registration data's BAR. [class 7]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const WATCHDOG = 0x0a00;
const timeouts: number[] = [];

function armWatchdog(bar: pci.Bar, ms = 250): void {
  setTimeout(() => {
    if (bar.read32(WATCHDOG) === 0) timeouts.push(Date.now());
  }, ms);
}

export function submitWithWatchdog(dev: GpuDevice, ring: number): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  return guard.registrationDataWith((_parent, data) => {
    data.bar.write32(1, 0x3000 + ring * 0x10);
    armWatchdog(data.bar); // expect: bindsafe/no-leaked-unbind-guard
    return true;
  });
}
