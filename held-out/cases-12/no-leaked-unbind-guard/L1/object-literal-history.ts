// A submission log records each submit in a module-level history, including the BAR it rang. [class 6]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface SubmitRecord {
  readonly at: number;
  readonly ring: number;
  readonly doorbell: pci.Bar;
}

const history: SubmitRecord[] = [];

export function ringDoorbell(dev: GpuDevice, ring: number): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, { bar }) => {
    bar.write32(ring, 0x200);
    history.push({ at: Date.now(), ring, doorbell: bar }); // expect: bindsafe/no-leaked-unbind-guard
  });
}
