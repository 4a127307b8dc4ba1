// A hotplug-capable PCI bridge may have lost its child handle; the optional unsafe call is justified. [class 6]
import type { pci } from '@bindsafe/kernel';

export interface BridgeSlot {
  readonly child?: pci.Device;
  readonly slot: number;
}

export function announceChild({ child, slot = 0 }: BridgeSlot): boolean {
  // SAFETY: called under the bridge's rescan lock, which the bus holds while children are bound.
  const bound = child?.asRef()?.unsafeAsBound();
  bound?.info(`slot ${slot}: child present`);
  return bound !== undefined;
}
