// A copy engine's `constructor` takes a `using` guard and hands the bound parent to a same-file helper that stores it on the new object. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface ParentLink {
  parent?: pci.Device<device.Bound>;
  slot: string;
}

function attachParent(target: ParentLink, pdev: pci.Device<device.Bound>): void {
  target.parent = pdev;
  target.slot = pdev.name;
}

export class CopyEngine implements ParentLink {
  parent?: pci.Device<device.Bound>;
  slot = '';

  constructor(
    readonly dev: GpuDevice,
    readonly index: number,
  ) {
    using guard = dev.unbindGuard();
    if (!guard) return;
    attachParent(this, guard.parent); // expect: bindsafe/no-leaked-unbind-guard
  }

  kick(): void {
    this.parent?.asRef().info(`copy engine ${this.index} kicked`);
  }
}
