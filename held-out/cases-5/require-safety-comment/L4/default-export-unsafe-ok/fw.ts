// Firmware loading for a PCI Wi-Fi card: the default export is an @unsafe boot routine.
import type { devres, pci } from '@bindsafe/kernel';

/**
 * Starts the firmware through a freshly asserted binding and resolves with its version.
 *
 * @unsafe The caller must guarantee that the device behind `handle` is bound during the call.
 */
export default function bootFirmware(handle: pci.Device, regs: devres.Devres<pci.Bar>): Promise<number> {
  // SAFETY: guaranteed by the caller (this function's contract).
  const bar = regs.access(handle.asRef().unsafeAsBound());
  bar.write32(0x1, 0x100);
  return Promise.resolve(bar.read32(0x104));
}
