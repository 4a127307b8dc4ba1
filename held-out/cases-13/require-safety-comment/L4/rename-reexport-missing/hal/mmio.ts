// The platform layer's raw MMIO access for SoC blocks.
import type { device, devres, platform } from '@bindsafe/kernel';

export const enum PokeWidth {
  Word = 4,
}

/**
 * Writes `value` at `offset` of the block's first resource.
 * @unsafe The caller must guarantee that `dev` is bound while the register is written.
 */
export function pokeUnchecked(dev: device.Device, io: devres.Devres<platform.IoMem>, value: number, offset: number): void {
  // SAFETY: this function's contract: the caller guarantees `dev` is bound.
  io.access(dev.unsafeAsBound()).write32(value, offset);
}
