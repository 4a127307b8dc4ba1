// A PCI accelerator funnels every binding assumption through one generic helper that justifies it; callers pass safe callbacks. [class 3, class 7]
import type { device, devres, pci } from '@bindsafe/kernel';

function withBound<T>(handle: pci.Device, f: (bound: device.Device<device.Bound>) => T): T {
  // SAFETY: only used from the driver data's destructor, while the accelerator is bound; `f`
  // only uses the bound view during the call.
  const bound = handle.asRef().unsafeAsBound();
  return f(bound);
}

export class AccelData implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    const busy = withBound(this.pdev, (bound) => this.regs.access(bound).read32(0x08));
    withBound(this.pdev, (bound) => bound.info(`accel idle (busy=${busy})`));
  }
}
