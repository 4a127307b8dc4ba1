// The bound device put on globalThis for a console helper.
import type { device, platform } from '@bindsafe/kernel';

declare global {
  var heldDebugDevice: device.Device<device.Bound> | undefined;
}

export const driver: platform.Driver<{ readonly compatible: string }> = {
  name: 'held-global',
  idTable: [{ compatible: 'held,global' }],
  probe(pdev) {
    globalThis.heldDebugDevice = pdev.asRef(); // expect: bindsafe/no-stored-bound-device
    return { compatible: pdev.compatible };
  },
};
