// A platform NAND controller calls an @unsafe raw command through a property of an ops table, with a SAFETY comment.
import type { platform } from '@bindsafe/kernel';

/**
 * Issues a raw NAND command without waiting for the ready bit.
 *
 * @unsafe The caller must guarantee the controller reported ready before the call.
 */
function rawCommand(io: platform.IoMem, opcode: number): void {
  io.write32(opcode, 0x00);
}

function status(io: platform.IoMem): number {
  return io.read32(0x04);
}

const nandOps = { command: rawCommand, status } as const;

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly chips: number }> = {
  name: 'held-nand-ops',
  idTable: [{ compatible: 'vendor,nand' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    if ((nandOps.status(io) & 0x40) === 0) throw new Error('nand controller not ready');
    // SAFETY: the ready bit (0x40) was checked on the line above and nothing ran in between.
    nandOps.command(io, 0xff);
    return { io, chips: 1 };
  },
};
