// A PCI watchdog's probe calls a same-file helper that arms a periodic kick timer over the BAR. [class 5]
import type { pci } from '@bindsafe/kernel';

const WDT_KICK = 0x10;
const WDT_MAGIC = 0x5a5a;

interface WdtData {
  readonly bar: pci.Bar;
}

function wdt_arm(bar: pci.Bar, period_ms: number): number {
  if (period_ms <= 0) return -22;
  setInterval(() => bar.write32(WDT_MAGIC, WDT_KICK), period_ms);
  return 0;
}

export const wdt_driver: pci.Driver<WdtData> = {
  name: 'wdt_kick',
  idTable: [{ vendor: 0x1af4, device: 0x1099 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'wdt_kick').access(pdev.asRef());
    wdt_arm(bar, 1000); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
