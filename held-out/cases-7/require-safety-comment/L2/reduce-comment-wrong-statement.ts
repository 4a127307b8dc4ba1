// A platform power meter sums raw readings in a reduce callback; the SAFETY comment stands above the wrong statement of the callback.
import type { platform } from '@bindsafe/kernel';

/**
 * Reads a channel's accumulator without latching it first.
 *
 * @unsafe The caller must guarantee the accumulators are frozen (bit 0 of CTRL set).
 */
function rawAccumulator(io: platform.IoMem, channel: number): number {
  return io.read32(0x40 + channel * 4);
}

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly baseline: number }> = {
  name: 'held-power-reduce',
  idTable: [{ compatible: 'vendor,power-meter' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    io.write32(1, 0x00);
    const baseline = [0, 1, 2, 3].reduce((sum, channel) => {
      // SAFETY: CTRL bit 0 was set just before the reduce, freezing every accumulator. // expect: bindsafe/require-safety-comment
      const weight = channel === 0 ? 2 : 1;
      return sum + weight * rawAccumulator(io, channel); // expect: bindsafe/require-safety-comment
    }, 0);
    io.write32(0, 0x00);
    return { io, baseline };
  },
};
