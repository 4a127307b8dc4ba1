// A recorder function stores its argument on this; it is invoked with .call on a module auditor.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Auditor {
  last?: pci.Device<device.Bound>;
  seen: number;
}

const auditor: Auditor = { seen: 0 };

function record(this: Auditor, pdev: pci.Device<device.Bound>): void {
  this.last = pdev;
  this.seen++;
}

export function auditDevice(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) return auditor.seen;
  guard.registrationDataWith((_parent, data) => {
    record.call(auditor, data.pdev); // expect: bindsafe/no-leaked-unbind-guard
  });
  return auditor.seen;
}
