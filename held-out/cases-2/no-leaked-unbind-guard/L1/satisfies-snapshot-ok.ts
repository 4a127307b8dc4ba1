// A snapshot object built with `satisfies` holds the parent, but is made and dropped inside the section. [class 2]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface Snapshot {
  readonly parent: pci.Device<device.Bound>;
  readonly at: number;
}

function summarise(s: Snapshot): string {
  return `${s.parent.name}@${s.at}: rev ${s.parent.revision}`;
}

export function snapshot(dev: GpuDevice): string | undefined {
  return dev.withUnbindGuard((parent) => {
    const snap = { parent, at: Date.now() } satisfies Snapshot;
    const copy = { ...snap };
    return summarise(copy);
  });
}
