// Safe register accessors: each justifies its own unsafe call.
import type { devres, platform } from '@bindsafe/kernel';

export function readStatus(handle: platform.Device, mem: devres.Devres<platform.IoMem>): number {
  // SAFETY: only called by the watchdog driver's own callbacks and destructor, while it is bound.
  return mem.access(handle.asRef().unsafeAsBound()).read32(0x04);
}
