// A user's wrapper class around the guarded parent is put into a module-level Map. [class 2] [class 4]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

class ParentView {
  constructor(readonly dev: pci.Device<device.Bound>) {}
  get bars(): number {
    return this.dev.resourceLen(0);
  }
}

const views = new Map<string, ParentView>();

export function open(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const view = new ParentView(guard.parent);
  views.set(dev.name, view); // expect: bindsafe/no-leaked-unbind-guard
  return view.bars;
}
