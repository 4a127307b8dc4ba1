// A PCI crypto engine calls its own @unsafe function through a const alias, with a SAFETY comment at the call.
import type { device, pci } from '@bindsafe/kernel';

/**
 * Logs a line through the bound view of a stored handle.
 * @unsafe The caller must guarantee the device is bound during the call.
 */
function claimBound(handle: device.Device<device.Normal>, message: string): void {
  // SAFETY: forwarded from this function's own contract.
  handle.unsafeAsBound().info(message);
}

const grab = claimBound;

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-crypto-alias',
  idTable: [{ vendor: 0x1022, device: 0x1538 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    // SAFETY: unbind runs on this device while it is still bound.
    grab(data.handle, 'crypto: engine off');
  },
};
