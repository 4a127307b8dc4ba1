// Broadcast targets: fanOut() records every Bar it is given for later broadcasts.
import type { pci } from '@bindsafe/kernel';

const targets: pci.Bar[] = [];

export function fanOut(...bars: pci.Bar[]): void {
  targets.push(...bars);
}

export function broadcast(value: number): void {
  for (const bar of targets) bar.write32(value, 0x110);
}
