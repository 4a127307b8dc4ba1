// A platform audio DAC programs a register sequence with a same-file helper taking rest parameters.
import type { platform } from '@bindsafe/kernel';

function writeSequence(io: platform.IoMem, base: number, ...values: number[]): number {
  values.forEach((value, i) => io.write32(value, base + i * 4));
  return values.length;
}

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly programmed: number }> = {
  name: 'held8-dac-rest',
  idTable: [{ compatible: 'acme,dac' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const programmed = writeSequence(io, 0x40, 0x01, 0x7f, 0x7f, 0x00);
    return { io, programmed };
  },
};
