// The callback's own comment covers its call, so the outer one above the forEach covers nothing.
import type { device } from '@bindsafe/kernel';

export function greetAll(children: Set<device.Device>): number {
  let greeted = 0;
  // SAFETY: children are bound while the parent's probe runs. // expect: bindsafe/require-safety-comment
  children.forEach((child) => {
    // SAFETY: each child was bound by the aux bus before it joined the set.
    child.unsafeAsBound().info('hello from the parent');
    greeted += 1;
  });
  return greeted;
}
