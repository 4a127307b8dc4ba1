// A comma expression and a conditional pick one of two guarded parents, pushed to a module array. [class 6] [class 8]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const watched: pci.Device<device.Bound>[] = [];
let polls = 0;

export function watch(primary: GpuDevice, secondary: GpuDevice, preferPrimary: boolean): void {
  using a = primary.unbindGuard();
  using b = secondary.unbindGuard();
  if (!a || !b) return;
  const chosen = (polls++, preferPrimary ? a.parent : b.parent);
  watched.push(chosen); // expect: bindsafe/no-leaked-unbind-guard
}
