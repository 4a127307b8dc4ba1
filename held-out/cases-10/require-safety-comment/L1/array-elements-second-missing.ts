// An array literal across lines: a comment in the middle of the literal above a safe element covers nothing.
import type { pci } from '@bindsafe/kernel';

export function names(a: pci.Device, b: pci.Device): string[] {
  const list = [
    // SAFETY: both devices are bound while this driver's probe runs. // expect: bindsafe/require-safety-comment
    a.name,
    b.asRef().unsafeAsBound().name, // expect: bindsafe/require-safety-comment
  ];
  return list;
}
