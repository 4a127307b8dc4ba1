// A PCI crypto engine destructures its own @unsafe claim function out of an ops object and calls it without a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';

/**
 * Logs a line through the bound view of a stored handle.
 * @unsafe The caller must guarantee the device is bound during the call.
 */
function claimBound(handle: device.Device<device.Normal>, message: string): void {
  // SAFETY: forwarded from this function's own contract.
  handle.unsafeAsBound().info(message);
}

const engineOps = { claim: claimBound, label: 'aes' } as const;

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-crypto-destructure',
  idTable: [{ vendor: 0x1022, device: 0x1537 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    const { claim, label } = engineOps;
    claim(data.handle, `crypto: ${label} engine off`); // expect: bindsafe/require-safety-comment
  },
};
