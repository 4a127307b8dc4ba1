// A watchdog notes its child in a local `WeakSet` and keeps only the boolean answer of `has()`.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface WdtData {
  readonly tracked: boolean;
  readonly timeoutSec: number;
}

export const wdtDriver: pci.Driver<WdtData> = {
  name: 'held9-wdt',
  idTable: [{ vendor: 0x8086, device: 0x06a3 }],
  probe(pdev) {
    const seen = new WeakSet<object>();
    const pretimeout = auxiliary.Registration.new(pdev.asRef(), 'pretimeout', 0, 'held9_wdt'); // expect: bindsafe/no-leaked-registration
    seen.add(pretimeout);
    return { tracked: seen.has(pretimeout), timeoutSec: 30 };
  },
};
