// Valid: a logging helper writes a message through the parent's generic device during the call.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function note(pdev: pci.Device<device.Bound>, msg: string): void {
  pdev.asRef().info(`[heldgpu] ${msg}`);
}

export function noteSuspend(dev: drm.Device<GpuDrm>, reason: string): void {
  dev.withUnbindGuard((parent) => note(parent, `suspend: ${reason}`));
}
