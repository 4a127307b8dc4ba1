// The same helper used only for a read inside the section. [class 3]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

function barFor(dev: GpuDevice, parent: pci.Device<device.Bound>): pci.Bar {
  return dev.data.regs.access(parent.asRef());
}

export function readId(dev: GpuDevice): number {
  return dev.withUnbindGuard((parent) => barFor(dev, parent).read32(0)) ?? 0;
}
