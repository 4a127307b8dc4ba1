// A PCI audio controller builds a snapshot object whose later property reads through a bound view; the statement's comment covers it. [class 6]
import { pci } from '@bindsafe/kernel';

export interface Snapshot {
  readonly name: string;
  readonly revision: number;
  readonly tags: readonly string[];
}

export function snapshot(dev: pci.Device, ...tags: string[]): Snapshot {
  // SAFETY: snapshot is only taken from probe and the data's destructor, while the device is bound.
  const snap = {
    name: dev.name,
    revision: pci.Device.fromDevice(dev.asRef().unsafeAsBound()).revision,
    tags: [...tags],
  } satisfies Snapshot;
  return snap;
}
