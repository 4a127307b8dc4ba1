// A shared MMIO pool across drivers.
import type { platform } from '@bindsafe/kernel';

export type PoolEntry = { readonly owner: string; readonly mem: platform.IoMem };

const pool: PoolEntry[] = [];

export function contribute(entry: PoolEntry): void {
  pool.push(entry);
}

export function poolSize(): number {
  return pool.length;
}
