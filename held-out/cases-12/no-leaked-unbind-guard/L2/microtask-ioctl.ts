// A submit ioctl defers a doorbell write to a microtask that captures its regData. [class 5]
import type { device, drm, pci } from '@bindsafe/kernel';

interface RingRegData {
  readonly pdev: pci.Device<device.Bound>;
  readonly doorbell: pci.Bar;
}
interface Kick {
  ring: number;
}
interface RingIoctls {
  readonly kick: Kick;
}
type RingDrm = drm.Driver<{ readonly rings: number }, RingRegData, { readonly client: number }, 'pci', RingIoctls>;

export const ringDrm: RingDrm = {
  info: { name: 'heldring', desc: 'Held-out rings', major: 0, minor: 1, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ client: 0 }),
  ioctls: {
    kick: (_dev, regData, arg) => {
      const ring = arg.ring;
      queueMicrotask(() => regData.doorbell.write32(ring, 0x10)); // expect: bindsafe/no-leaked-unbind-guard
      return 0;
    },
  },
};
