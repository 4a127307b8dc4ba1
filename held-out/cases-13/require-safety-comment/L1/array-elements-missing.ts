// A dual-port PCI NIC views both functions as bound in an array literal; only the first element is justified. [class 6]
import type { pci } from '@bindsafe/kernel';

export function portNames(ports: readonly [pci.Device, pci.Device]): string[] {
  const [a, b] = ports;
  const views = [
    // SAFETY: port A is the function whose probe is running.
    a.asRef().unsafeAsBound(),
    b.asRef().unsafeAsBound(), // expect: bindsafe/require-safety-comment
  ];
  return views.map((v) => v.name);
}
