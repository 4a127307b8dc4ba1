// A module-level cache of MMIO windows by compatible string.
import type { platform } from '@bindsafe/kernel';

const windows = new Map<string, platform.IoMem>();

export function put(key: string, mem: platform.IoMem): void {
  windows.set(key, mem);
}

export function size(): number {
  return windows.size;
}
