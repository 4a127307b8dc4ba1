// A platform block device hands its whole driver data to a same-file helper that records the retired disk name in it.
import type { devres, platform } from '@bindsafe/kernel';

interface DiskData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly disk: string;
  readonly retired: string[];
}

function retire(data: Readonly<DiskData>, why: 'unbind' | 'error'): number {
  return data.retired.push(`${data.disk}:${why}`);
}

export const diskDriver: platform.Driver<DiskData, string> = {
  name: 'mmc-block-lite',
  idTable: [{ compatible: 'acme,emmc', info: 'mmcblk0' }],
  probe(pdev, info) {
    return { io: pdev.iomapResource(0), disk: info ?? 'mmcblk', retired: [] };
  },
  unbind(pdev, data) {
    data.io.access(pdev.asRef()).write32(0, 0x2c);
    const count = retire(data, 'unbind'); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`mmc-block-lite: ${count} retirements`);
  },
};
