// Telemetry store for doorbell BARs.
import type { pci } from '@bindsafe/kernel';

const bars: pci.Bar[] = [];

export function trackBar(bar: pci.Bar): number {
  return bars.push(bar);
}

export const trackedCount = (): number => bars.length;
