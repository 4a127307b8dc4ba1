// A PCI audio controller builds a snapshot object with spread defaults; the bound view in a property is not justified. [class 6]
import { pci } from '@bindsafe/kernel';

const defaults = { tags: [] as readonly string[], revision: 0 } as const;

export function snapshot(dev: pci.Device): { name: string; revision: number } {
  const snap = {
    ...defaults,
    name: dev.name,
    revision: pci.Device.fromDevice(dev.asRef().unsafeAsBound()).revision, // expect: bindsafe/require-safety-comment
  };
  return { name: snap.name, revision: snap.revision };
}
