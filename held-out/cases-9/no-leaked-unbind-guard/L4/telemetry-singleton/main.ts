// The driver attaches the registration data's Bar to the module's telemetry singleton.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { telemetry } from './telemetry.js';

export function enableTelemetry(dev: drm.Device<GpuDrm>): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  guard.registrationDataWith((_parent, data) => {
    telemetry.attach(data.bar); // expect: bindsafe/no-leaked-unbind-guard
  });
  return true;
}
