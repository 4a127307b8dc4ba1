// A telemetry exporter strips the log off the registration data with a rest pattern and keeps the rest for later. [class 4]
import type { GpuDevice, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

type Exported = Omit<GpuRegData, 'log'>;

let latest: Exported | undefined;

export const exportTelemetry = (dev: GpuDevice): number => {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => {
    const { log, ...rest } = data;
    latest = rest; // expect: bindsafe/no-leaked-unbind-guard
    return log.length;
  });
};

export const latestVram = (): number => latest?.vramSize ?? 0;
