// Deferred logging: queues a microtask that logs through the device it was given.
import type { device, pci } from '@bindsafe/kernel';

export function logLater(pdev: pci.Device<device.Bound>, message: string): void {
  queueMicrotask(() => pdev.asRef().info(message));
}
