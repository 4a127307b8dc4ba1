// A helper returns devres.access(parent): the caller stores that section-scoped Bar. [class 3]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

let mmio: pci.Bar | undefined;

function barFor(dev: GpuDevice, parent: pci.Device<device.Bound>): pci.Bar {
  return dev.data.regs.access(parent.asRef());
}

export function mapOnce(dev: GpuDevice): void {
  dev.withUnbindGuard((parent) => {
    mmio = barFor(dev, parent); // expect: bindsafe/no-leaked-unbind-guard
  });
}
