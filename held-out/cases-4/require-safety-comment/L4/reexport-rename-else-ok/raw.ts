// Raw register pokes for the PHY: an @unsafe function that asserts the binding itself.
import type { devres, pci } from '@bindsafe/kernel';

/**
 * Writes a PHY register through a freshly asserted binding.
 *
 * @unsafe The caller must guarantee that the device behind `handle` is bound during the call.
 */
export function phyWriteRaw(handle: pci.Device, regs: devres.Devres<pci.Bar>, reg: number, value: number): void {
  // SAFETY: guaranteed by the caller (this function's contract).
  regs.access(handle.asRef().unsafeAsBound()).write32((reg << 16) | value, 0x20);
}
