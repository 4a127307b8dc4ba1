// A platform touch controller writes an ops object whose method takes a bound view; the comment above the object does not reach the method body. [class 7]
import type { devres, platform } from '@bindsafe/kernel';

export interface TouchOps {
  calibrate(): number;
}

export function touchOps(pdev: platform.Device, mmio: devres.Devres<platform.IoMem>): TouchOps {
  // SAFETY: the ops are only used by the input core while the controller is bound. // expect: bindsafe/require-safety-comment
  const ops: TouchOps = {
    calibrate() {
      const io = mmio.access(pdev.asRef().unsafeAsBound()); // expect: bindsafe/require-safety-comment
      io.write32(1, 0x00);
      return io.read32(0x04);
    },
  };
  return ops;
}
