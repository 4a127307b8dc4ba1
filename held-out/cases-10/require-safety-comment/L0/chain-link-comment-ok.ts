// The unsafe link of a multi-line chain with its own SAFETY comment directly above the link.
import type { pci } from '@bindsafe/kernel';

export function announce(pdev: pci.Device, lines: readonly string[]): number {
  const text = lines.join('; ');
  pdev
    .asRef()
    // SAFETY: announce() runs inside probe, whose device is bound until probe returns.
    .unsafeAsBound()
    .info(text);
  return text.length;
}
