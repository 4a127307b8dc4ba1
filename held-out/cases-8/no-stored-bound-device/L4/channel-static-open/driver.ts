// A PCI accelerator opens its channels through an imported static factory, which caches them in a static Map.
import type { pci } from '@bindsafe/kernel';
import { Channel } from './channel.js';

export const driver: pci.Driver<{ readonly channel: Channel }> = {
  name: 'held8-accel-channel',
  idTable: [{ vendor: 0x1e3b, device: 0x0600 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'accel').access(pdev.asRef());
    const channel = Channel.open(bar, 0); // expect: bindsafe/no-stored-bound-device
    channel.doorbell();
    return { channel };
  },
};
