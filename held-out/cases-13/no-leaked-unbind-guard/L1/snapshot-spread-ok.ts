// A crash-dump collector spreads common metadata and a copy of the counters into a snapshot. [class 4]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface Snapshot {
  readonly at: number;
  readonly label: string;
  readonly counters: Readonly<Record<string, number>>;
  readonly total: number;
}

const snapshots: Snapshot[] = [];
const stamp = (label: string) => ({ at: Date.now(), label });
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export const capture = (dev: GpuDevice): number => {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => {
    const meta = stamp(dev.data.label);
    snapshots.push({ ...meta, counters: { ...data.counters }, total: sum(Object.values(data.counters)) });
    return snapshots.length;
  });
};
