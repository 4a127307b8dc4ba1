// The platform layer's doorbell primitives: an unchecked one and a safe wrapper.
import type { device, devres, pci } from '@bindsafe/kernel';

/**
 * Rings doorbell `index`.
 * @unsafe The caller must guarantee that `dev` is bound while the doorbell is written.
 */
export function ringDoorbellUnchecked(dev: device.Device, regs: devres.Devres<pci.Bar>, index: number): void {
  // SAFETY: this function's contract: the caller guarantees `dev` is bound.
  regs.access(dev.unsafeAsBound()).write32(1, 0x800 + index * 4);
}

/** Rings doorbell `index` if the BAR is still mapped; `false` once the device was unbound. */
export function ringDoorbell(regs: devres.Devres<pci.Bar>, index: number): boolean {
  return (
    regs.tryAccessWith((bar) => {
      bar.write32(1, 0x800 + index * 4);
      return true;
    }) ?? false
  );
}
