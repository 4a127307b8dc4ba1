// Helper module: raw rail control of a PMIC, with an @unsafe async function.
import type { platform } from '@bindsafe/kernel';

/**
 * Disables the rail at once, skipping the soft-stop sequence.
 *
 * @unsafe The caller must guarantee that every consumer of the rail is already quiesced.
 */
export async function hardStop(io: platform.IoMem, rail: number): Promise<void> {
  io.write32(0, 0x100 + rail * 4);
  await Promise.resolve();
}
