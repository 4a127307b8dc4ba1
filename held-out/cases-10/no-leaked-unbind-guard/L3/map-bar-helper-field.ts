// A mapBar() helper gives back regs.access(parent); the caller keeps the Bar in a field [class 3].
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function mapBar(dev: drm.Device<GpuDrm>, parent: pci.Device<device.Bound>): pci.Bar {
  return dev.data.regs.access(parent.asRef());
}

export class MmioWindow {
  #bar?: pci.Bar;

  constructor(private readonly dev: drm.Device<GpuDrm>) {}

  open(): boolean {
    using guard = this.dev.unbindGuard();
    if (!guard) return false;
    this.#bar = mapBar(this.dev, guard.parent); // expect: bindsafe/no-leaked-unbind-guard
    return true;
  }
}
