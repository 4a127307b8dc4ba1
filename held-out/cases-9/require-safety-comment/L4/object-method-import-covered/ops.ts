// Helper module of object-method-import-covered: an ops object with an @unsafe method.
import type { device, devres, pci } from '@bindsafe/kernel';

export const dmaOps = {
  /** @unsafe The device must still be bound to the driver that mapped `regs`. */
  abort(handle: device.Device, regs: devres.Devres<pci.Bar>): void {
    // SAFETY: the binding is the caller's guarantee.
    regs.access(handle.unsafeAsBound()).write32(1, 0x1c);
  },
  name: 'dma-ops',
};
