// Helper module: a module-level metrics sink that records register snapshots as plain numbers.
import type { pci } from '@bindsafe/kernel';

export interface Snapshot {
  readonly at: number;
  readonly status: number;
  readonly size: number;
}

export const snapshots: Snapshot[] = [];

export function snapshot(bar: pci.Bar, status = 0x04): Snapshot {
  const entry = { at: Date.now(), status: bar.read32(status), size: bar.size };
  snapshots.push(entry);
  return entry;
}
