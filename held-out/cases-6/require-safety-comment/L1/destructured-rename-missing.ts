// An I2C driver takes a destructured, renamed @unsafe method off its helper object and calls it without a SAFETY comment.
import type { platform } from '@bindsafe/kernel';

const fifoOps = {
  /**
   * Drains the FIFO without checking the bus state.
   *
   * @unsafe The caller must guarantee the bus is idle.
   */
  drainUnchecked(io: platform.IoMem): number {
    return io.read32(0x40);
  },
};

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly stale: number }> = {
  name: 'held-i2c-drain',
  idTable: [{ compatible: 'vendor,i2c-drain' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const { drainUnchecked: drain } = fifoOps;
    const stale = drain(io); // expect: bindsafe/require-safety-comment
    return { io, stale };
  },
};
