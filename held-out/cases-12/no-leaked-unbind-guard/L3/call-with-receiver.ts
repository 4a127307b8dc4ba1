// A registry function written for `this` is invoked with .call on the module-level registry. [class 7]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface BarRegistry {
  readonly bars: Map<string, pci.Bar>;
}

const registry: BarRegistry = { bars: new Map() };

function enlist(this: BarRegistry, key: string, bar: pci.Bar): void {
  this.bars.set(key, bar);
}

export function publish(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    enlist.call(registry, dev.name, data.bar); // expect: bindsafe/no-leaked-unbind-guard
  });
}
