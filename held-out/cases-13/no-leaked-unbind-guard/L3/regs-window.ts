// A register-window helper maps the device-data Devres through the guard's parent; the caller keeps the BAR it got. [class 3]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let window: pci.Bar | undefined;

const barFor = (dev: GpuDevice, parent: pci.Device<device.Bound>): pci.Bar =>
  dev.data.regs.access(parent.asRef());

export function openWindow(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  const bar = barFor(dev, guard.parent);
  window = bar; // expect: bindsafe/no-leaked-unbind-guard
  return bar.read32(0) !== 0;
}

export const peek = (offset: number): number | undefined => window?.read32(offset);
