// A comment above the statement that writes the callback covers the call inside it.
import type { device } from '@bindsafe/kernel';

export function each(devs: readonly device.Device[]): string[] {
  // SAFETY: this runs inside probe of the parent, which keeps every child bound.
  return devs.map((d) => d.unsafeAsBound().name);
}
