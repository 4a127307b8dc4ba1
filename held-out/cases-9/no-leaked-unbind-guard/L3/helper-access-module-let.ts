// A helper maps the registers with the section's parent; the caller keeps the Bar in a module `let` [class 3].
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

let doorbell: pci.Bar | undefined;

function mapRegs(dev: drm.Device<GpuDrm>, parent: pci.Device<device.Bound>): pci.Bar {
  return dev.data.regs.access(parent.asRef());
}

export function ringDoorbellLater(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  doorbell = mapRegs(dev, guard.parent); // expect: bindsafe/no-leaked-unbind-guard
}

export function ring(): void {
  doorbell?.write32(1, 0x100);
}
