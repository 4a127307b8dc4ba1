// A telemetry exporter strips the log off the registration data with a rest pattern and keeps only numbers. [class 4]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface Exported {
  readonly vramSize: number;
  readonly counters: Readonly<Record<string, number>>;
}

let latest: Exported | undefined;

export const exportTelemetry = (dev: GpuDevice): number => {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => {
    const { log, vramSize, counters } = data;
    latest = { vramSize, counters: { ...counters } };
    return log.length;
  });
};

export const latestVram = (): number => latest?.vramSize ?? 0;
