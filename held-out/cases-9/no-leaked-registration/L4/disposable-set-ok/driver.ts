// A mux declares, with `using`, an imported `Disposable` batch of probe-time children whose dispose drops them all.
import type { pci } from '@bindsafe/kernel';
import { ProbeSet } from './probe-set.js';

interface MuxData {
  readonly detected: number;
}

export const muxDriver: pci.Driver<MuxData> = {
  name: 'held9-mux',
  idTable: [{ vendor: 0x1c5c, device: 0x174a }],
  probe(pdev) {
    using batch = ProbeSet.of(pdev.asRef(), 'ch-a', 'ch-b', 'ch-c');
    return { detected: batch.size };
  },
};
