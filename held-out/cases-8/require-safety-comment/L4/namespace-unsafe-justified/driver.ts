// A PCI license dongle takes a lease through a namespace-imported @unsafe function, justified by a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';
import * as lease from './lease.js';

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal>; readonly lease: lease.Lease }> = {
  name: 'held8-dongle-namespace',
  idTable: [{ vendor: 0x0529, device: 0x0001 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    // SAFETY: the dongle is bound during probe, and take() keeps only the name.
    const taken = lease.take(handle);
    return { handle, lease: taken };
  },
};
