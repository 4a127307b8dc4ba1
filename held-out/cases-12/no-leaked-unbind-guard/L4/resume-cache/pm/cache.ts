// PM bookkeeping: remembers the parent that resumed last.
import type { device, pci } from '@bindsafe/kernel';

let lastResumed: pci.Device<device.Bound> | undefined;

export function noteResume(parent: pci.Device<device.Bound>): void {
  lastResumed = parent;
}

export function lastResumedName(): string | undefined {
  return lastResumed?.name;
}
