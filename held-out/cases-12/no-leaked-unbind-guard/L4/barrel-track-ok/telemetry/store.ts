// Telemetry store for doorbell BARs.
import type { pci } from '@bindsafe/kernel';

const sizes: number[] = [];

export function trackBar(bar: pci.Bar): number {
  return sizes.push(bar.size, bar.read32(0x0));
}

export const trackedCount = (): number => sizes.length;
