// A PCI watchdog asks a same-file factory for a kick closure over its Bar and keeps the closure in a module variable.
import type { pci } from '@bindsafe/kernel';

type Kick = () => void;

let kickWatchdog: Kick = () => {};

function makeKicker(bar: pci.Bar, magic = 0x1234): Kick {
  return () => bar.write32(magic, 0x0c);
}

export function kick(): void {
  kickWatchdog();
}

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held8-wdt-factory',
  idTable: [{ vendor: 0x8086, device: 0x2670 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'wdt').access(pdev.asRef());
    kickWatchdog = makeKicker(bar); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
