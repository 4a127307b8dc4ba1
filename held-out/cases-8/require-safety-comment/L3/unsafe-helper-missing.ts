// A PCI capture card calls its own @unsafe helper from unbind without a SAFETY comment.
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
  name: 'held8-capture-helper-missing',
  idTable: [{ vendor: 0x1131, device: 0x7161 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    const message = 'capture: stream stopped';
    logBound(data.handle, message); // expect: bindsafe/require-safety-comment
  },
};
