// Wrapper objects around the bound parent live in a watcher set made and dropped inside the section. [class 4]
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

export function describeAll(dev: GpuDevice, labels: readonly string[]): string[] {
  return (
    dev.withUnbindGuard((parent) => {
      const watchers = new Set<ParentWatch>();
      for (const label of labels) watchers.add(new ParentWatch(parent, label));
      const lines: string[] = [];
      for (const watcher of watchers) lines.push(watcher.describe());
      return lines;
    }) ?? []
  );
}
