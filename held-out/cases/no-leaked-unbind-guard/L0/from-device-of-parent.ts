// pci.Device.fromDevice of the guard's parent is as section-scoped as the parent. [class 3]
import { pci, type device } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

const known: pci.Device<device.Bound>[] = [];

export function rememberPci(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const generic = guard.parent.asRef();
  known.push(pci.Device.fromDevice(generic)); // expect: bindsafe/no-leaked-unbind-guard
}
