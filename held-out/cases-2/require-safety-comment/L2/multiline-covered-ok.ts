// A comment above a multi-line statement covers an unsafe call on a later line of it. [class 2]
import type { device } from '@bindsafe/kernel';

export function summary(devs: readonly device.Device[]): string[] {
  // SAFETY: summary() is called from unbind, while every child is still bound.
  return devs
    .filter((d) => d.name.length > 0)
    .map((d) => {
      const bound = d.unsafeAsBound();
      return bound.name;
    });
}
