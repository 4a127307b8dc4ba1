// A user's own @unsafe function counts like the model's.
import type { devres, pci } from '@bindsafe/kernel';

/**
 * Reads a register without checking that the Devres is still live.
 *
 * @unsafe The caller must guarantee the device is bound for the duration of the call.
 */
export function rawRead(regs: devres.Devres<pci.Bar>, dev: pci.Device, offset: number): number {
  // SAFETY: the caller guarantees the binding (this function's contract).
  return regs.access(dev.asRef().unsafeAsBound()).read32(offset);
}

export function status(regs: devres.Devres<pci.Bar>, dev: pci.Device): number {
  const a = rawRead(regs, dev, 0x4); // expect: bindsafe/require-safety-comment
  // SAFETY: called only from the driver's unbind, while the device is still bound.
  const b = rawRead(regs, dev, 0x8);
  return a | b;
}
