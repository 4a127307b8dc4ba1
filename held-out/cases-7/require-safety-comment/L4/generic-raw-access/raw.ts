// Helper module: a generic @unsafe scoped raw-access helper for a platform block.
import type { platform } from '@bindsafe/kernel';

/**
 * Runs `fn` with the block's write protection lifted.
 *
 * @unsafe The caller must guarantee `fn` writes only registers the datasheet lists as safe to
 * change while the block runs.
 */
export function withRawAccess<T>(io: platform.IoMem, fn: (io: platform.IoMem) => T): T {
  io.write32(0x5a5a, 0xfc);
  try {
    return fn(io);
  } finally {
    io.write32(0, 0xfc);
  }
}
