// A BMC driver keeps the summary an imported helper returns: only the child's name, never the registration. [class 4]
import type { pci } from '@bindsafe/kernel';
import { spawnWatchdog, type SpawnSummary } from './spawn.js';

interface BmcData {
  readonly watchdog: SpawnSummary;
}

export const bmcDriver: pci.Driver<BmcData> = {
  name: 'held7-bmc',
  idTable: [{ vendor: 0x1a03, device: 0x2000 }],
  probe(pdev) {
    const watchdog = spawnWatchdog(pdev.asRef()); // expect: bindsafe/no-leaked-registration
    return { watchdog };
  },
};
