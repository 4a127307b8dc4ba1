// Valid: a helper maps the BAR with the guarded parent; the caller writes to it inside the section only.
import type { device, devres, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function mapRegs(regs: devres.Devres<pci.Bar>, parent: pci.Device<device.Bound>): pci.Bar {
  return regs.access(parent.asRef());
}

export function setFanSpeed(dev: drm.Device<GpuDrm>, percent: number): void {
  const guard = dev.unbindGuard();
  if (guard === undefined) return;
  try {
    const bar = mapRegs(dev.data.regs, guard.parent);
    bar.write8(Math.min(100, Math.max(0, percent)), 0x90);
  } finally {
    guard.release();
  }
}
