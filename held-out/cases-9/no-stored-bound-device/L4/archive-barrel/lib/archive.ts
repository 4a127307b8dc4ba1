// Helper module: an archive of mapped windows kept in a module-level array.
import type { pci } from '@bindsafe/kernel';

const archived: pci.Bar[] = [];

export function archive(bar: pci.Bar, reason = 'probe'): void {
  if (reason.length > 0) archived.push(bar);
}

export function archivedCount(): number {
  return archived.length;
}
