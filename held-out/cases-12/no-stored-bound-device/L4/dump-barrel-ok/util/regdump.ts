import type { pci } from '@bindsafe/kernel';

export function* registerWords(bar: pci.Bar, count: number): Generator<number> {
  for (let off = 0; off < count * 4; off += 4) yield bar.read32(off);
}

export function formatDump(bar: pci.Bar, count = 4): string {
  return [...registerWords(bar, count)].map((w) => w.toString(16).padStart(8, '0')).join(' ');
}
