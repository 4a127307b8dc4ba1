// The mapping helper's BAR is used inside the section; the module keeps the Devres container. [class 3]
import type { device, devres, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let regsSeen: devres.Devres<pci.Bar> | undefined;

function mapped(regs: devres.Devres<pci.Bar>, parent: pci.Device<device.Bound>): pci.Bar {
  return regs.access(parent.asRef());
}

export function readStatus(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return -1;
  regsSeen = dev.data.regs;
  const bar = mapped(dev.data.regs, guard.parent);
  return bar.read32(0x4);
}
