// A spread-built record carrying the registration data's parent is pushed into a module-level list. [class 6]
import type { device } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

interface Report {
  readonly when: number;
  readonly origin?: device.Device<device.Bound>;
}
export const reports: Report[] = [];

export function report(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const base: Report = { when: Date.now() };
  guard.registrationDataWith((_p, data) => {
    const full = { ...base, origin: data.pdev.asRef() };
    reports.push(full); // expect: bindsafe/no-leaked-unbind-guard
  });
}
