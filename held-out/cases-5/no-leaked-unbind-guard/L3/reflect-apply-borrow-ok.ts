// A debugfs printer calls its formatter through `Reflect.apply` with the guard's parent; the formatter only reads it during the call. [class 7]
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Style {
  readonly prefix: string;
}

function describeParent(this: Style, pdev: pci.Device<device.Bound>, vram: number): string {
  const id = `${pdev.vendorId.toString(16)}:${pdev.deviceId.toString(16)}`;
  return `${this.prefix} ${pdev.name} [${id}] rev ${pdev.revision}, ${Math.round(vram / (1 << 20))} MiB`;
}

const style: Style = { prefix: 'gpu' };

export function debugfsInfo(dev: drm.Device<GpuDrm>): string {
  using guard = dev.unbindGuard();
  if (!guard) return `${dev.name}: unplugged`;
  const vram = guard.registrationDataWith((_parent, data) => data.vramSize);
  return Reflect.apply(describeParent, style, [guard.parent, vram]);
}
