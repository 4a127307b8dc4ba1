// A shared table of named MMIO windows for a debug shell: a generic helper that records and returns its argument.
import type { pci, platform } from '@bindsafe/kernel';

type Window = pci.Bar | platform.IoMem;

const windows = new Map<string, Window>();
let lastSlot = '';

export function remember<T extends Window>(slot: string, io: T): T {
  windows.set(slot, io);
  lastSlot = slot;
  return io;
}

export function readWindow(slot: string = lastSlot, offset = 0): number | undefined {
  return windows.get(slot)?.read32(offset);
}
