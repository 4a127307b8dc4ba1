// A platform NAND controller has an @unsafe helper of its own; the erase path justifies each call. [class 7]
import type { device, devres, platform } from '@bindsafe/kernel';

/**
 * Issues the erase command for `block`.
 * @unsafe The caller must guarantee that `dev` stays bound until the command is issued.
 */
function issueErase(dev: device.Device, mmio: devres.Devres<platform.IoMem>, block: number): void {
  // SAFETY: this function's contract: the caller guarantees `dev` is bound.
  const io = mmio.access(dev.unsafeAsBound());
  io.write32(block, 0x10);
  io.write32(0x60, 0x00);
}

export function eraseRange(pdev: platform.Device, mmio: devres.Devres<platform.IoMem>, first: number, count: number): number {
  let erased = 0;
  while (erased < count) {
    // SAFETY: eraseRange is called by the MTD layer the driver data owns, while the controller is bound.
    issueErase(pdev.asRef(), mmio, first + erased);
    erased++;
  }
  return erased;
}
