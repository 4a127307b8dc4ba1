// A PCI virtio-style block device rewinds its descriptor ring in probe through a namespace-imported helper and only reads it in unbind. [class 6]
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
    const bar = pdev.iomapRegion(0, 'vblk-lite');
    const vq = ring.create(256);
    vq.tail = bar.access(pdev.asRef()).read32(0x10) % vq.size;
    ring.rewind(vq);
    return { bar, vq };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write8(0, 0x12);
    const inFlight = ring.used(data.vq);
    if (inFlight > 0) pdev.asRef().info(`vblk-lite: ${inFlight} requests in flight at unbind`);
  },
};
