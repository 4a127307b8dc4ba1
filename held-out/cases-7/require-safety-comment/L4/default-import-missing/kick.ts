// Helper module: a default-exported @unsafe doorbell write.
import type { pci } from '@bindsafe/kernel';

/**
 * Rings the firmware doorbell without checking the mailbox owner.
 *
 * @unsafe The caller must own the mailbox (the OWNER register reads 1).
 */
export default function ringDoorbell(bar: pci.Bar, value: number): void {
  bar.write32(value, 0x800);
}
