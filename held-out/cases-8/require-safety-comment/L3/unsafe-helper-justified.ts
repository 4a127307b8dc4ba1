// A PCI capture card calls its own @unsafe helper with a SAFETY comment, and the helper justifies its inner unsafeAsBound().
import type { device, pci } from '@bindsafe/kernel';

/**
 * Logs through the bound view of a stored handle.
 * @unsafe The caller must guarantee the device is bound during the call.
 */
function logBound(handle: device.Device<device.Normal>, message: string): void {
  // SAFETY: this function's own contract makes the caller guarantee that the device is bound.
  handle.unsafeAsBound().info(message);
}

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-capture-helper-ok',
  idTable: [{ vendor: 0x1131, device: 0x7160 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    // SAFETY: unbind of this device, still bound until it returns.
    logBound(data.handle, 'capture: stream stopped');
  },
};
