// The platform layer's engine stop: writes the halt bit through a bound view.
import type { device, devres, pci } from '@bindsafe/kernel';

/**
 * Halts the video engine.
 * @unsafe The caller must guarantee that `dev` is still bound (a destructor of the driver data qualifies).
 */
export default function stopEngine(dev: device.Device, regs: devres.Devres<pci.Bar>): void {
  // SAFETY: this function's contract: the caller guarantees `dev` is bound.
  const bar = regs.access(dev.unsafeAsBound());
  bar.write32(0x1, 0x14);
}
