// Helper module of default-export-missing: a default-exported @unsafe reset helper.
import type { device, devres, platform } from '@bindsafe/kernel';

/** @unsafe The device must still be bound. */
export default function hardReset(handle: device.Device, mem: devres.Devres<platform.IoMem>): void {
  // SAFETY: forwarded to the caller.
  mem.access(handle.unsafeAsBound()).write32(1, 0x00);
}
