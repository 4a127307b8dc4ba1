// One SAFETY comment above a statement whose conditional expression calls the unsafe method in one branch.
import type { pci } from '@bindsafe/kernel';

export function describe(pdev: pci.Device, verbose: boolean): string {
  // SAFETY: describe() is only called from probe and unbind of this driver, where the device is bound.
  const name = verbose ? pdev.asRef().unsafeAsBound().name : pdev.name;
  return name.toUpperCase();
}
