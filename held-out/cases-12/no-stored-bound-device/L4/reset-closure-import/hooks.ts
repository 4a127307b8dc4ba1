import type { pci } from '@bindsafe/kernel';

export type ResetHook = () => void;

export function makeResetter(bar: pci.Bar, reg = 0x200): ResetHook {
  return () => bar.write32(1, reg);
}
