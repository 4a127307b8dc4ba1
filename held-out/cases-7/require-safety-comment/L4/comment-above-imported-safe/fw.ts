// Helper module: a firmware-version reader with no @unsafe tag.
import type { pci } from '@bindsafe/kernel';

/** Reads the firmware version word. */
export function firmwareVersion(bar: pci.Bar): number {
  return bar.read32(0x10);
}
