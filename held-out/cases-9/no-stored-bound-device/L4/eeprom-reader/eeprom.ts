// Helper module: reads a MAC address out of a Bar with a do/while loop; it keeps nothing.
import type { pci } from '@bindsafe/kernel';

export function readMac(bar: pci.Bar, base = 0x5400): string {
  const bytes: string[] = [];
  let i = 0;
  do {
    bytes.push(bar.read8(base + i).toString(16).padStart(2, '0'));
    i++;
  } while (i < 6);
  return bytes.join(':');
}
