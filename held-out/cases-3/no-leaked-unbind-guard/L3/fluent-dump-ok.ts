// A fluent register-dump builder made inside the section holds the parent only while it renders.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

class RegDump {
  readonly #lines: string[] = [];
  constructor(private readonly parent: pci.Device<device.Bound>) {}
  field(label: string, read: (p: pci.Device<device.Bound>) => number): this {
    this.#lines.push(`${label}=${read(this.parent).toString(16)}`);
    return this;
  }
  render(): string {
    return this.#lines.join(' ');
  }
}

export function dump(dev: GpuDevice): string {
  using guard = dev.unbindGuard();
  if (!guard) return '<unplugged>';
  return new RegDump(guard.parent)
    .field('vendor', (p) => p.vendorId)
    .field('device', (p) => p.deviceId)
    .field('bar0', (p) => p.resourceLen(0))
    .render();
}
