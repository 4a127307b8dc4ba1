// Helper module: an @unsafe raw register write for a GPIO bank.
import type { platform } from '@bindsafe/kernel';

/**
 * Sets the direction register without the pinmux check.
 *
 * @unsafe The caller must guarantee the pins are muxed as GPIO.
 */
export function rawSetDirection(io: platform.IoMem, mask: number): void {
  io.write32(mask, 0x04);
}
