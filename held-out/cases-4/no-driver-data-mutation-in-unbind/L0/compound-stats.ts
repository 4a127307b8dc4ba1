// unbind updates the link statistics it borrows with `+=` and `??=`.
import type { devres, platform } from '@bindsafe/kernel';

interface LinkStats {
  detaches: number;
  lastError?: string;
}

interface Link {
  readonly mmio: devres.Devres<platform.IoMem>;
  readonly stats: LinkStats;
}

export const linkDriver: platform.Driver<Link> = {
  name: 'held4-link',
  idTable: [{ compatible: 'held4,serial-link' }],
  probe(pdev) {
    return { mmio: pdev.iomapResource(0), stats: { detaches: 0 } };
  },
  unbind(pdev, data) {
    data.mmio.access(pdev.asRef()).write32(0, 0x04);
    data.stats.detaches += 1; // expect: bindsafe/no-driver-data-mutation-in-unbind
    data.stats.lastError ??= 'none'; // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`link detached (${data.stats.detaches})`);
  },
};
