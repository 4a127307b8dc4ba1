// An audit trail records each log line together with the device it came from, through a helper. [class 7]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface AuditEntry {
  readonly line: string;
  readonly from: pci.Device<device.Bound>;
}

const trail: AuditEntry[] = [];

function audit(line: string, from: pci.Device<device.Bound>): void {
  trail.push({ line, from });
}

export function auditLog(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((parent, data) => {
    data.log.forEach((line) => audit(line, parent)); // expect: bindsafe/no-leaked-unbind-guard
  });
}
