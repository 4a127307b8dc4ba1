// Helper module: appends queue windows to a list the caller passes in.
import type { pci } from '@bindsafe/kernel';

export function addQueues(into: pci.Bar[], ...windows: pci.Bar[]): void {
  for (const window of windows) into.push(window);
}
