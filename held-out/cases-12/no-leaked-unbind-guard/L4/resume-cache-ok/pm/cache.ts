// PM bookkeeping: remembers a handle and the revision of the parent that resumed last.
import type { device, pci } from '@bindsafe/kernel';

let lastResumed: { readonly handle: pci.Device; readonly revision: number } | undefined;

export function noteResume(parent: pci.Device<device.Bound>): void {
  lastResumed = { handle: parent.toNormal(), revision: parent.revision };
}

export function lastResumedName(): string | undefined {
  return lastResumed?.handle.name;
}
