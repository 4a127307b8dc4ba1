// The comment sits above the statement before the unsafe one.
import type { device } from '@bindsafe/kernel';

export function log(dev: device.Device, message: string): void {
  // SAFETY: called from the IRQ handler of this bound device. // expect: bindsafe/require-safety-comment
  const line = `[${dev.name}] ${message}`;
  dev.unsafeAsBound().info(line); // expect: bindsafe/require-safety-comment
}
