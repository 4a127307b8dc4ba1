// Register dump helpers: a generic snapshot that reads during the call, and an async generator that samples through the Devres container.
import type { devres, pci } from '@bindsafe/kernel';

export interface Snapshot {
  readonly [offset: number]: number;
}

export function snapshot<T extends { read32(offset: number): number }>(io: T, offsets: readonly number[]): Snapshot {
  return Object.fromEntries(offsets.map((off) => [off, io.read32(off)]));
}

export async function* sample(regs: devres.Devres<pci.Bar>, offset: number, count: number): AsyncGenerator<number> {
  for (let i = 0; i < count; i++) {
    const value = regs.tryAccessWith((bar) => bar.read32(offset));
    if (value === undefined) return;
    yield value;
    await new Promise<void>((resolve) => setTimeout(resolve, 10));
  }
}
