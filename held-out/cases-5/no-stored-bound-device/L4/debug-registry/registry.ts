// A debugfs-like registry module: named register windows kept in a module-level Map for later reads.
import type { pci } from '@bindsafe/kernel';

const windows = new Map<string, pci.Bar>();

export function registerWindow(name: string, bar: pci.Bar): void {
  windows.set(name, bar);
}

export function peek(name: string, offset: number): number | undefined {
  return windows.get(name)?.read32(offset);
}
