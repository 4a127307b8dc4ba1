// A platform block device hands its whole driver data to a same-file helper that formats a report into a new list.
import type { devres, platform } from '@bindsafe/kernel';

interface DiskData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly disk: string;
  readonly retired: string[];
}

function report(data: Readonly<DiskData>, why: 'unbind' | 'error'): string[] {
  const lines = data.retired.map((r) => `previously: ${r}`);
  lines.push(`${data.disk}:${why}`);
  return lines;
}

export const diskDriver: platform.Driver<DiskData, string> = {
  name: 'mmc-block-lite',
  idTable: [{ compatible: 'acme,emmc', info: 'mmcblk0' }],
  probe(pdev, info) {
    return { io: pdev.iomapResource(0), disk: info ?? 'mmcblk', retired: [] };
  },
  unbind(pdev, data) {
    data.io.access(pdev.asRef()).write32(0, 0x2c);
    for (const line of report(data, 'unbind')) pdev.asRef().info(`mmc-block-lite: ${line}`);
  },
};
