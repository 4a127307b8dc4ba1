// A dual-port PCI NIC views both functions as bound in an array literal; one comment above the statement covers both. [class 6]
import type { pci } from '@bindsafe/kernel';

export function portNames(ports: readonly [pci.Device, pci.Device]): string[] {
  const [a, b] = ports;
  // SAFETY: both functions are probed by the same driver and stay bound while probe of port A runs.
  const views = [
    a.asRef().unsafeAsBound(),
    b.asRef().unsafeAsBound(),
  ];
  return views.map((v) => v.name);
}
