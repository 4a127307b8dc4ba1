// A retry loop with do/while that logs through unsafeAsBound without any comment.
import type { pci } from '@bindsafe/kernel';

export function drainLog(pdev: pci.Device, entries: string[]): void {
  let n = 0;
  do {
    const next = entries[n] ?? 'empty';
    pdev.asRef().unsafeAsBound().info(next); // expect: bindsafe/require-safety-comment
    n += 1;
  } while (n < entries.length);
}
