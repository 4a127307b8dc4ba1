// Forces a platform GPU into idle: the module's default export, @unsafe.
import type { device, devres, platform } from '@bindsafe/kernel';

/** @unsafe `dev` must be bound for the whole call. */
export default function forceIdle(dev: device.Device, io: devres.Devres<platform.IoMem>): boolean {
  // SAFETY: the caller guarantees the binding.
  const regs = io.access(dev.unsafeAsBound());
  regs.write32(1, 0x30);
  return (regs.read32(0x34) & 1) === 1;
}
