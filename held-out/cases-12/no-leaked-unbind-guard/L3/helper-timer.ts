// A deferred-flush helper writes through the BAR it is given from a timer. [class 5]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const FLUSH = 0x0c;

function flushLater(bar: pci.Bar, delayMs: number): void {
  setTimeout(() => bar.write32(1, FLUSH), delayMs);
}

export function invalidateCaches(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_p, data) => {
    data.bar.write32(0, FLUSH);
    flushLater(data.bar, 16); // expect: bindsafe/no-leaked-unbind-guard
  });
}
