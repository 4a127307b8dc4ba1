// A reset path puts the guard on a DisposableStack declared with using, next to a deferred log line.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function softReset(dev: drm.Device<GpuDrm>, log: (msg: string) => void): boolean {
  using stack = new DisposableStack();
  const guard = dev.unbindGuard();
  if (!guard) return false;
  stack.use(guard);
  stack.defer(() => log('reset done'));
  const bar = dev.data.regs.access(guard.parent.asRef());
  bar.write32(1, 0x20);
  return bar.read32(0x20) === 0;
}
