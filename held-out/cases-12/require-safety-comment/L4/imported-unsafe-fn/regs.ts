// Register helpers of a PCI video encoder.
import type { device, devres, pci } from '@bindsafe/kernel';

export const CTRL = 0x00;

/**
 * Halts the encoder's engine.
 *
 * @unsafe `dev` must be bound to this driver for the whole call.
 */
export function haltEngine(dev: device.Device, regs: devres.Devres<pci.Bar>): void {
  // SAFETY: the caller guarantees that the device is bound for the whole call.
  regs.access(dev.unsafeAsBound()).write32(0, CTRL);
}
