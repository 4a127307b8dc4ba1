// probe destructures only the name (renamed, with a default) from the helper's result; the registration itself is dropped on the floor.
import type { devres, pci } from '@bindsafe/kernel';
import { spawnChild } from './spawn.js';

interface Watchdog {
  readonly regs: devres.Devres<pci.Bar>;
  readonly childLabel: string;
}

export const watchdogDriver: pci.Driver<Watchdog> = {
  name: 'held4-wdt',
  idTable: [{ vendor: 0x8086, device: 0xa323 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held4-wdt');
    const { name: childLabel = 'unnamed' } = spawnChild(pdev.asRef(), 'watchdog', 'held4_wdt'); // expect: bindsafe/no-leaked-registration
    return { regs, childLabel };
  },
};
