// A platform GPIO bank keeps a short alias of its own @unsafe register poke and justifies the call. [class 7]
import type { device, devres, platform } from '@bindsafe/kernel';

/**
 * Writes a GPIO direction word.
 * @unsafe The caller must guarantee that `dev` is bound for the duration of the call.
 */
function pokeDirection(dev: device.Device, mmio: devres.Devres<platform.IoMem>, mask: number): void {
  // SAFETY: forwarded from our own contract: the caller guarantees that `dev` is bound.
  mmio.access(dev.unsafeAsBound()).write32(mask >>> 0, 0x04);
}

export function setOutputs(pdev: platform.Device, mmio: devres.Devres<platform.IoMem>, pins: readonly number[]): void {
  const poke = pokeDirection;
  const mask = pins.reduce((m, pin) => m | (1 << pin), 0);
  // SAFETY: setOutputs runs from the bank's probe, while the platform device is bound.
  poke(pdev.asRef(), mmio, mask);
}
