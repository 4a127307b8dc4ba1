// Helper module: remembers every mapped window for a debugfs-like dump.
import type { pci } from '@bindsafe/kernel';

let windows: pci.Bar[] = [];

export function trackWindow(bar: pci.Bar): number {
  windows = windows.concat(bar);
  return windows.length;
}

export function windowCount(): number {
  return windows.length;
}
