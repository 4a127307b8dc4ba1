// A platform codec programs a register table through a same-file helper with rest parameters; nothing is kept.
import type { platform } from '@bindsafe/kernel';

type RegWrite = readonly [offset: number, value: number];

function writeAll(io: platform.IoMem, ...writes: RegWrite[]): number {
  let written = 0;
  for (const [offset, value] of writes) {
    if (offset + 4 > io.size) continue;
    io.write32(value, offset);
    written++;
  }
  return written;
}

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly programmed: number }> = {
  name: 'held-codec-rest',
  idTable: [{ compatible: 'vendor,codec' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const programmed = writeAll(io, [0x00, 0x1], [0x04, 0x80], [0x10, 0xff]);
    return { io, programmed };
  },
};
