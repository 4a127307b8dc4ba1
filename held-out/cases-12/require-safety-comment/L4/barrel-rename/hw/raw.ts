// Raw doorbell access of a platform mailbox controller.
import type { device, devres, platform } from '@bindsafe/kernel';

/** @unsafe `dev` must be bound for the whole call. */
export function rawKick(dev: device.Device, io: devres.Devres<platform.IoMem>, channel: number): void {
  // SAFETY: our contract makes the caller guarantee the binding.
  io.access(dev.unsafeAsBound()).write32(1 << channel, 0x10);
}

export function channelName(channel: number): string {
  return `mbox${channel}`;
}
