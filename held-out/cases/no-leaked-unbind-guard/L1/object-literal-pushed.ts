// An object literal holding the parent is pushed into a module-level array.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

interface Sighting {
  readonly parent: pci.Device<device.Bound>;
  readonly at: number;
}
const sightings: Sighting[] = [];

export function sight(dev: GpuDevice): void {
  dev.withUnbindGuard((parent) => {
    const entry = { parent, at: Date.now() };
    sightings.push(entry); // expect: bindsafe/no-leaked-unbind-guard
  });
}
