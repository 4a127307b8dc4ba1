// A GPU scheduler destructures its fence table out of the data and deletes the last fence in unbind. [class 6]
import type { pci } from '@bindsafe/kernel';

interface SchedData {
  readonly fences: Map<number, string>;
  readonly lastSeqno: number;
}

export const schedDriver: pci.Driver<SchedData> = {
  name: 'held7-sched',
  idTable: [{ vendor: 0x1002, device: 0x73bf }],
  probe() {
    return { fences: new Map([[1, 'gfx']]), lastSeqno: 1 };
  },
  unbind(pdev, data) {
    const { fences, lastSeqno } = data;
    if (fences.has(lastSeqno)) {
      fences.delete(lastSeqno); // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
    pdev.asRef().info(`sched: ${fences.size} fences outstanding`);
  },
};
