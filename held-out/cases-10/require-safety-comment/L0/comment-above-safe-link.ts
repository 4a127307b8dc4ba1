// The SAFETY comment stands above the safe asRef() link while the unsafe link is on the next line.
import type { pci } from '@bindsafe/kernel';

export function dumpIds(pdev: pci.Device): void {
  pdev
    // SAFETY: dumpIds() is called from probe only. // expect: bindsafe/require-safety-comment
    .asRef()
    .unsafeAsBound() // expect: bindsafe/require-safety-comment
    .info(`vendor ${pdev.vendorId.toString(16)}`);
}
