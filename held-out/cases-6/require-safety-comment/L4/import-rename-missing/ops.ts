// Helper module: @unsafe raw reset of an I2C controller.
import type { platform } from '@bindsafe/kernel';

/**
 * Resets the controller mid-transfer.
 *
 * @unsafe The caller must guarantee no transfer is in flight.
 */
export function rawReset(io: platform.IoMem): void {
  io.write32(0x80, 0x00);
}
