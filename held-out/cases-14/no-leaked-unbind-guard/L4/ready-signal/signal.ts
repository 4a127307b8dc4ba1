import type { device, pci } from '@bindsafe/kernel';

const parentReady = Promise.withResolvers<pci.Device<device.Bound>>();

/** Consumers await this to learn which parent came up. */
export const whenParentReady: Promise<pci.Device<device.Bound>> = parentReady.promise;

export function announceReady(parent: pci.Device<device.Bound>): void {
  parentReady.resolve(parent);
}
