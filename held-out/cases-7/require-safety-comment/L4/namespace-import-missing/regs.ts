// Helper module: raw register helpers of an I2C controller, one of them @unsafe.
import type { platform } from '@bindsafe/kernel';

/**
 * Forces the bus-clear sequence regardless of the current transfer.
 *
 * @unsafe The caller must guarantee no transfer is in progress.
 */
export function forceBusClear(io: platform.IoMem): void {
  io.write32(1 << 7, 0x04);
}

export function busBusy(io: platform.IoMem): boolean {
  return (io.read32(0x08) & 1) !== 0;
}
