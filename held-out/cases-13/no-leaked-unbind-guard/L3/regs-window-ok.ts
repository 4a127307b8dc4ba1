// A register-window helper maps the device-data Devres through the guard's parent; the caller reads and keeps a word. [class 3]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let lastStatus: number | undefined;

const barFor = (dev: GpuDevice, parent: pci.Device<device.Bound>): pci.Bar =>
  dev.data.regs.access(parent.asRef());

export function readStatus(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  const bar = barFor(dev, guard.parent);
  lastStatus = bar.read32(0x4);
  return lastStatus !== 0;
}

export const status = (): number | undefined => lastStatus;
