// MMIO pokes of a PCI sensor hub.
import type { device, devres, pci } from '@bindsafe/kernel';

/** @unsafe `dev` must be bound for the whole call. */
export function poke(dev: device.Device, regs: devres.Devres<pci.Bar>, offset: number, value: number): void {
  // SAFETY: the caller guarantees the binding.
  regs.access(dev.unsafeAsBound()).write32(value, offset);
}

export const SENSOR_ENABLE = 0x20;
