// A watcher set holds wrapper objects around the bound parent so "link up" events can query it later. [class 4]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

class ParentWatch {
  constructor(
    readonly dev: pci.Device<device.Bound>,
    readonly label: string,
  ) {}

  describe(): string {
    return `${this.label}: ${this.dev.name}`;
  }
}

const watchers = new Set<ParentWatch>();

export function watch(dev: GpuDevice, label: string): void {
  dev.withUnbindGuard((parent) => {
    const watcher = new ParentWatch(parent, label);
    watchers.add(watcher); // expect: bindsafe/no-leaked-unbind-guard
  });
}

export function linkUp(): string[] {
  return [...watchers].map((w) => w.describe());
}
