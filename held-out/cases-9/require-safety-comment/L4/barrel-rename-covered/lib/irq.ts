// Helper module of barrel-rename-covered: an @unsafe interrupt mask helper.
import type { device, devres, platform } from '@bindsafe/kernel';

/** @unsafe Only while `handle`'s device is bound. */
export function maskAll(handle: device.Device, mem: devres.Devres<platform.IoMem>): void {
  // SAFETY: the binding is the caller's guarantee (see the tag).
  const io = mem.access(handle.unsafeAsBound());
  io.write32(0xffffffff, 0x0c);
}
