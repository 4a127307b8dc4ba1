// A PCI switch enumerates its downstream ports with a generator declaration; the comment above it does not reach its body. [class 7]
import type { device } from '@bindsafe/kernel';

export const portNames = (ports: readonly device.Device[], limit = Infinity): string[] => {
  // SAFETY: the switch's ports are bound while the switch's driver data is dropped. // expect: bindsafe/require-safety-comment
  function* walk(): Generator<string> {
    let n = 0;
    for (const p of ports) if (n++ < limit) yield p.unsafeAsBound().name; // expect: bindsafe/require-safety-comment
  }
  return [...walk()];
};
