// Counters and log lines copied out of the registration data with spreads (all primitives) are kept in module state. [class 2]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface Snapshot {
  readonly counters: Record<string, number>;
  readonly log: string[];
  readonly vramSize: number;
}

const snapshots = new Map<string, Snapshot>();

export function snapshot(dev: GpuDevice): Snapshot | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return snapshots.get(dev.name);
  const snap = guard.registrationDataWith((_parent, data): Snapshot => ({
    counters: { ...data.counters },
    log: [...data.log],
    vramSize: data.vramSize,
  }));
  snapshots.set(dev.name, snap);
  return snap;
}
