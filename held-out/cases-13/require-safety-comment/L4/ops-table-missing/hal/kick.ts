// The platform layer's ring primitives for the SoC's DMA rings.
import type { device, devres, platform } from '@bindsafe/kernel';

/**
 * Advances ring `ring`'s tail pointer.
 * @unsafe The caller must guarantee that `dev` is bound while the tail is written.
 */
export function kickUnchecked(dev: device.Device, io: devres.Devres<platform.IoMem>, ring: number, tail: number): void {
  // SAFETY: this function's contract: the caller guarantees `dev` is bound.
  io.access(dev.unsafeAsBound()).write32(tail, 0x100 + ring * 8);
}

export function ringLabel(dev: device.Device, ring: number): string {
  return `${dev.name}/ring${ring}`;
}
