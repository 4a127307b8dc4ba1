// A debug build parks its trace child on `globalThis` for a REPL to find; the driver data never owns it.
import { auxiliary, type pci } from '@bindsafe/kernel';

declare global {
  var __held9TraceChild: auxiliary.Registration | undefined;
}

interface TraceData {
  readonly depth: number;
}

export const traceDriver: pci.Driver<TraceData> = {
  name: 'held9-trace',
  idTable: [{ vendor: 0x1d0f, device: 0xefa1 }],
  probe(pdev) {
    globalThis.__held9TraceChild = auxiliary.Registration.new(pdev.asRef(), 'trace', 0, 'held9_trace'); // expect: bindsafe/no-leaked-registration
    return { depth: 64 };
  },
};
