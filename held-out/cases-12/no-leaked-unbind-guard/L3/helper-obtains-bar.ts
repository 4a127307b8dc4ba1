// A mapping helper returns regs.access(parent) and the caller caches the BAR in a module variable. [class 3]
import type { device, devres, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let mmio: pci.Bar | undefined;

function mapped(regs: devres.Devres<pci.Bar>, parent: pci.Device<device.Bound>): pci.Bar {
  return regs.access(parent.asRef());
}

export function readStatus(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return -1;
  mmio = mapped(dev.data.regs, guard.parent); // expect: bindsafe/no-leaked-unbind-guard
  return mmio.read32(0x4);
}
