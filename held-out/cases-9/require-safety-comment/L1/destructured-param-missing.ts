// A PCI framegrabber receives its @unsafe reclaim function through a destructured options parameter and calls it with no SAFETY comment. [class 7]
import type { device, pci } from '@bindsafe/kernel';

interface Reclaimer {
  /** @unsafe The handle's device must still be bound. */
  reclaim(handle: device.Device): string;
  readonly tag: string;
}

export const reclaimer: Reclaimer = {
  reclaim(handle) {
    // SAFETY: the interface's contract makes this the caller's obligation.
    return handle.unsafeAsBound().name;
  },
  tag: 'fg',
};

export function logStop({ reclaim, tag }: Reclaimer, handle: device.Device): void {
  const name = reclaim(handle); // expect: bindsafe/require-safety-comment
  handle.info(`${tag}: capture of ${name} stopped`);
}

export const fgDriver: pci.Driver<{ readonly handle: device.Device }> = {
  name: 'h9-framegrabber',
  idTable: [{ vendor: 0x1ac1, device: 0x0001 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    logStop(reclaimer, data.handle);
  },
};
