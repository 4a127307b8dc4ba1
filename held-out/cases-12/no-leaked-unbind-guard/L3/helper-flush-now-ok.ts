// The flush helper writes through the BAR during the call and schedules only a handle-based retry. [class 5]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const FLUSH = 0x0c;

function flushNow(bar: pci.Bar): void {
  bar.write32(1, FLUSH);
}

export function invalidateCaches(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_p, data) => flushNow(data.bar));
  setTimeout(() => dev.withUnbindGuard((parent) => parent.asRef().info('flush retried')), 16);
}
