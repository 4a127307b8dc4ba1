// A PCI codec wraps unsafeAsBound() in a safe helper that checks and justifies it; callers of the helper need no comment.
import type { device, pci } from '@bindsafe/kernel';

class CodecError extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
    this.name = 'CodecError';
  }
}

/** Returns the bound name if the handle is not empty; safe to call anywhere in unbind. */
function ownerName(handle: device.Device<device.Normal>, unbinding: boolean): string {
  if (!unbinding) throw new CodecError(-22, 'codec: ownerName outside unbind');
  // SAFETY: `unbinding` is only true inside this device's unbind callback, where it is bound.
  return handle.unsafeAsBound().name;
}

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-codec-wrapper',
  idTable: [{ vendor: 0x1106, device: 0x3288 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    const owner = ownerName(data.handle, true);
    data.handle.info(`codec: ${owner} muted`);
  },
};
