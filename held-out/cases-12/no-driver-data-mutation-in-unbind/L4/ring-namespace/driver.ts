// A PCI virtio-style block device rewinds its descriptor ring in unbind through a helper module imported as a namespace. [class 6]
import type { devres, pci } from '@bindsafe/kernel';
import * as ring from './ring.js';

interface VblkData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly vq: ring.DescRing;
}

export const vblkDriver: pci.Driver<VblkData> = {
  name: 'vblk-lite',
  idTable: [{ vendor: 0x1af4, device: 0x1001 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'vblk-lite'), vq: ring.create(256) };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write8(0, 0x12);
    if (ring.used(data.vq) > 0) pdev.asRef().info('vblk-lite: requests in flight at unbind');
    ring.rewind(data.vq); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
