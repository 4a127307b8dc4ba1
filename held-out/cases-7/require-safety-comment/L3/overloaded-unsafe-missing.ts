// A platform SRAM driver calls a same-file overloaded @unsafe poke helper without a SAFETY comment.
import type { platform } from '@bindsafe/kernel';

/**
 * Writes SRAM words bypassing the ECC scrubber.
 *
 * @unsafe The caller must guarantee the scrubber is paused.
 */
function poke(io: platform.IoMem, offset: number, value: number): void;
/**
 * Writes SRAM words bypassing the ECC scrubber.
 *
 * @unsafe The caller must guarantee the scrubber is paused.
 */
function poke(io: platform.IoMem, offset: number, values: readonly number[]): void;
/**
 * Writes SRAM words bypassing the ECC scrubber.
 *
 * @unsafe The caller must guarantee the scrubber is paused.
 */
function poke(io: platform.IoMem, offset: number, value: number | readonly number[]): void {
  const words = typeof value === 'number' ? [value] : value;
  words.forEach((word, i) => io.write32(word, offset + i * 4));
}

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held-sram-overload',
  idTable: [{ compatible: 'vendor,sram' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    io.write32(0, 0x00);
    poke(io, 0x100, [0xdead, 0xbeef]); // expect: bindsafe/require-safety-comment
    return { io };
  },
};
