// A platform EEPROM verifies its contents with a same-file helper that reads the IoMem in a do/while loop.
import type { platform } from '@bindsafe/kernel';
import { errors } from '@bindsafe/kernel';

class ChecksumError extends errors.KernelError {
  constructor(readonly expected: number, readonly actual: number) {
    super('EINVAL', `eeprom checksum ${actual.toString(16)} != ${expected.toString(16)}`);
  }
}

function checksum(io: platform.IoMem, words: number): number {
  let sum = 0;
  let offset = 0;
  do {
    sum = (sum + io.read32(offset)) >>> 0;
    offset += 4;
  } while (offset < words * 4);
  return sum;
}

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly words: number }> = {
  name: 'held-eeprom-checksum',
  idTable: [{ compatible: 'vendor,eeprom' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const words = Math.min(io.size / 4 - 1, 64);
    const actual = checksum(io, words);
    const expected = io.read32(words * 4);
    if (actual !== expected) throw new ChecksumError(expected, actual);
    return { io, words };
  },
};
