// A platform thermal sensor keeps a most-recent-first history of probe records, each holding the IoMem.
import type { platform } from '@bindsafe/kernel';

interface ProbeRecord {
  readonly at: number;
  readonly io: platform.IoMem;
}

const history: ProbeRecord[] = [];
const HISTORY_DEPTH = 4;

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held-thermal-history',
  idTable: [{ compatible: 'vendor,tsens' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    history.unshift({ at: Date.now(), io }); // expect: bindsafe/no-stored-bound-device
    history.length = Math.min(history.length, HISTORY_DEPTH);
    return { io };
  },
};
