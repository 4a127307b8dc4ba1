// A helper writes the Bar into a field of the holder object it is given (the caller's `this`).
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface BarHolder {
  bar?: pci.Bar;
}

function attachBar(holder: BarHolder, bar: pci.Bar): void {
  holder.bar = bar;
}

export class MmioClient implements BarHolder {
  bar?: pci.Bar;

  connect(dev: drm.Device<GpuDrm>): void {
    using guard = dev.unbindGuard();
    if (!guard) return;
    guard.registrationDataWith((_parent, data) => {
      attachBar(this, data.bar); // expect: bindsafe/no-leaked-unbind-guard
    });
  }
}
