// Raw hardware access for the driver: an @unsafe reset that asserts the binding itself.
import type { devres, pci } from '@bindsafe/kernel';

/**
 * Pulses the soft-reset bit through a freshly asserted binding.
 *
 * @unsafe The caller must guarantee that the device behind `handle` is bound during the call.
 */
export function softResetRaw(handle: pci.Device, regs: devres.Devres<pci.Bar>): void {
  // SAFETY: guaranteed by the caller (this function's contract).
  const bar = regs.access(handle.asRef().unsafeAsBound());
  bar.write32(0x1, 0x04);
  bar.write32(0x0, 0x04);
}
