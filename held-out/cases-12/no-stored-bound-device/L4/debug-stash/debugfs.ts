import type { pci } from '@bindsafe/kernel';

let source: pci.Bar | undefined;

/** Remembers a BAR so `debugDump()` can print its first register later. */
export function rememberBar(bar: pci.Bar): void {
  source = bar;
}

export function debugDump(): string {
  return source ? `0x${source.read32(0).toString(16)}` : '(unbound)';
}
