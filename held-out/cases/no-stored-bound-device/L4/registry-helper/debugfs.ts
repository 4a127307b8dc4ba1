// A tiny debugfs: entries registered here live for the whole module lifetime.
import type { pci } from '@bindsafe/kernel';

const entries = new Map<string, pci.Bar>();

export function debugfsAddBar(name: string, bar: pci.Bar): void {
  entries.set(name, bar);
}

export function debugfsRead(name: string, offset: number): number | undefined {
  return entries.get(name)?.read32(offset);
}
