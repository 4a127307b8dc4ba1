import type { device } from '@bindsafe/kernel';

export const suspendBus = new EventTarget();

export function announceOnSuspend(dev: device.Device<device.Core>): void {
  suspendBus.addEventListener('suspend', () => dev.info('suspending'));
}
