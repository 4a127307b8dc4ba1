// Reader factories: a closure over the IoMem it is given.
import type { platform } from '@bindsafe/kernel';

export function makeStatusReader(io: platform.IoMem, offset: number): () => number {
  return () => io.read32(offset) & 0xffff;
}
