// A crash-dump collector spreads common metadata into a snapshot that also carries the live BAR. [class 4]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface Snapshot {
  readonly at: number;
  readonly label: string;
  readonly bar: pci.Bar;
}

const snapshots: Snapshot[] = [];
const stamp = (label: string) => ({ at: Date.now(), label });

export const capture = (dev: GpuDevice): number => {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => {
    const meta = stamp(dev.data.label);
    snapshots.push({ ...meta, bar: data.bar }); // expect: bindsafe/no-leaked-unbind-guard
    return snapshots.length;
  });
};
