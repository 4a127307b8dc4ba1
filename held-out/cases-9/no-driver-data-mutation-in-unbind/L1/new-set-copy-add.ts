// A platform CAN controller builds a new Set from the ids its data has seen and adds to the copy in unbind.
import type { platform } from '@bindsafe/kernel';

interface CanData {
  readonly seenIds: Set<number>;
  readonly bitrate: number;
}

export const canDriver: platform.Driver<CanData> = {
  name: 'h9-can',
  idTable: [{ compatible: 'acme,can' }],
  probe() {
    return { seenIds: new Set([0x100, 0x200]), bitrate: 500_000 };
  },
  unbind(pdev, data) {
    const report = new Set(data.seenIds);
    report.add(0x7ff);
    pdev.asRef().info(`can ids incl. broadcast: ${[...report].join(',')}`);
  },
};
