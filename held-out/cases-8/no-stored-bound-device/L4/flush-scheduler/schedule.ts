// Helper module: schedules a deferred flush of a write-combining Bar on a timer.
import type { pci } from '@bindsafe/kernel';

export interface FlushOptions {
  readonly delayMs?: number;
  readonly register?: number;
}

export function scheduleFlush(bar: pci.Bar, { delayMs = 5, register = 0x100 }: FlushOptions = {}): void {
  setTimeout(() => bar.write32(1, register), delayMs);
}
