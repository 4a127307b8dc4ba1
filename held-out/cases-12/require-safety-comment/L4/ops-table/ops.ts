// The hardware ops table of a platform watchdog, one of them @unsafe.
import type { device, devres, platform } from '@bindsafe/kernel';

/** @unsafe `dev` must be bound for the whole call. */
function disarm(dev: device.Device, io: devres.Devres<platform.IoMem>): void {
  // SAFETY: the caller guarantees the binding.
  io.access(dev.unsafeAsBound()).write32(0, 0x00);
}

function timeoutFor(seconds: number): number {
  return seconds * 32_768;
}

export const wdtOps = { disarm, timeoutFor } as const;
