// A hotplug-capable PCI bridge may have lost its child handle; it logs through an optional unsafe call without justification. [class 6]
import type { pci } from '@bindsafe/kernel';

export interface BridgeSlot {
  readonly child?: pci.Device;
  readonly slot: number;
}

export function announceChild({ child, slot = 0 }: BridgeSlot): boolean {
  const bound = child?.asRef()?.unsafeAsBound(); // expect: bindsafe/require-safety-comment
  bound?.info(`slot ${slot}: child present`);
  return bound !== undefined;
}
