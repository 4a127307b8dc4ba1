// A comment above a statement covers an unsafe call in an object literal property value on a later line.
import type { pci } from '@bindsafe/kernel';

export interface Snapshot {
  readonly id: string;
  readonly bound: string;
}

export function snapshot(pdev: pci.Device): Snapshot {
  // SAFETY: taken inside probe, the device stays bound while the snapshot is built.
  const snap: Snapshot = {
    id: `${pdev.vendorId}:${pdev.deviceId}`,
    bound: pdev.asRef().unsafeAsBound().name,
  };
  return snap;
}
