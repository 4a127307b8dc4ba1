// Valid: an overloaded formatting helper with a default parameter reads the parent during the call.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function describe(pdev: pci.Device<device.Bound>): string;
function describe(pdev: pci.Device<device.Bound>, radix: 10 | 16): string;
function describe(pdev: pci.Device<device.Bound>, radix: 10 | 16 = 16): string {
  return `${pdev.vendorId.toString(radix)}:${pdev.deviceId.toString(radix)} rev ${pdev.revision}`;
}

const banners = new Set<string>();

export function banner(dev: drm.Device<GpuDrm>): string {
  const text = dev.withUnbindGuard((parent) => describe(parent)) ?? 'unplugged';
  banners.add(text);
  return text;
}
