// A platform touch controller writes an ops object whose method takes a bound view; the comment is inside the method body. [class 7]
import type { devres, platform } from '@bindsafe/kernel';

export interface TouchOps {
  calibrate(): number;
}

export function touchOps(pdev: platform.Device, mmio: devres.Devres<platform.IoMem>): TouchOps {
  const ops: TouchOps = {
    calibrate() {
      // SAFETY: the ops are only used by the input core while the controller is bound.
      const io = mmio.access(pdev.asRef().unsafeAsBound());
      io.write32(1, 0x00);
      return io.read32(0x04);
    },
  };
  return ops;
}
