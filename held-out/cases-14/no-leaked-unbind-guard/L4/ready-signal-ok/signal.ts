import type { pci } from '@bindsafe/kernel';

const parentReady = Promise.withResolvers<pci.Device>();

/** Consumers await this to learn which parent came up (a handle). */
export const whenParentReady: Promise<pci.Device> = parentReady.promise;

export function announceReady(parent: pci.Device): void {
  parentReady.resolve(parent);
}
