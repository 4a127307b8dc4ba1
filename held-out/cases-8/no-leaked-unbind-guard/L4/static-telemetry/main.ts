// Probe-time telemetry attaches the guarded parent through a static method that stores it in a static field.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { Telemetry } from './telemetry.js';

export function startTelemetry(dev: drm.Device<GpuDrm>): number {
  dev.withUnbindGuard((parent) => {
    Telemetry.attach(parent); // expect: bindsafe/no-leaked-unbind-guard
  });
  return Telemetry.count;
}
