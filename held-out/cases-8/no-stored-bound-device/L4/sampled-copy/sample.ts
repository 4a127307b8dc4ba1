// Helper module: averages a few reads of an IoMem register, using it only during the call.
import type { platform } from '@bindsafe/kernel';

export interface SampleConfig {
  readonly offset: number;
  readonly rounds?: number;
}

export function averageOf(io: platform.IoMem, { offset, rounds = 4 }: SampleConfig): number {
  let total = 0;
  let n = 0;
  outer: for (;;) {
    total += io.read32(offset);
    n += 1;
    if (n >= rounds) break outer;
  }
  return total / n;
}
