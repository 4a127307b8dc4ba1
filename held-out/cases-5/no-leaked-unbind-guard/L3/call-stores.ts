// A mapping tracker is invoked with `Function.prototype.call` on a module-level registry and pushes the registration data's BAR into it. [class 7]
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface MappingRegistry {
  readonly bars: pci.Bar[];
  readonly owners: string[];
}

const registry: MappingRegistry = { bars: [], owners: [] };

function track(this: MappingRegistry, bar: pci.Bar, owner: string): void {
  this.bars.push(bar);
  this.owners.push(owner);
}

export function mapAperture(dev: drm.Device<GpuDrm>): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  guard.registrationDataWith((parent, data) => {
    track.call(registry, data.bar, parent.name); // expect: bindsafe/no-leaked-unbind-guard
  });
  return true;
}

export function poisonApertures(): void {
  for (const bar of registry.bars) bar.write32(0xdead_beef, 0);
}
