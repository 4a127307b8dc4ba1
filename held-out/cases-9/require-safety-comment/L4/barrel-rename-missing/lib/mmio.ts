// Helper module of barrel-rename-missing: an @unsafe register poke.
import type { device, devres, pci } from '@bindsafe/kernel';

/** @unsafe The handle's device must still be bound to the driver that mapped `regs`. */
export function pokeBound(handle: device.Device, regs: devres.Devres<pci.Bar>, value: number, offset: number): void {
  // SAFETY: the caller vouches for the binding, per the tag above.
  regs.access(handle.unsafeAsBound()).write32(value, offset);
}
