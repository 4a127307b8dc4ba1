import type { device, pci } from '@bindsafe/kernel';
export function deferKick(b: pci.Bar, ms = 10): void {
  setTimeout(() => b.write32(1, 0), ms);
}
