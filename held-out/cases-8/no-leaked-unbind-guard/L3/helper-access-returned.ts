// A helper maps the BAR through the Devres with the guarded parent; the caller keeps it in a module variable.
import type { device, devres, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

let hotBar: pci.Bar | undefined;

function mapRegs(regs: devres.Devres<pci.Bar>, parent: pci.Device<device.Bound>): pci.Bar {
  return regs.access(parent.asRef());
}

export function warmUp(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (guard === undefined) return;
  hotBar = mapRegs(dev.data.regs, guard.parent); // expect: bindsafe/no-leaked-unbind-guard
}

export const isWarm = (): boolean => hotBar !== undefined;
