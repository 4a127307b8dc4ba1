// A PCI watchdog's probe calls a same-file helper that arms a periodic kick timer over the revocable BAR container. [class 5]
import type { devres, pci } from '@bindsafe/kernel';

const WDT_KICK = 0x10;
const WDT_MAGIC = 0x5a5a;

interface WdtData {
  readonly regs: devres.Devres<pci.Bar>;
}

function wdt_arm(regs: devres.Devres<pci.Bar>, period_ms: number): number {
  if (period_ms <= 0) return -22;
  const t = setInterval(() => {
    if (regs.tryAccessWith((bar) => bar.write32(WDT_MAGIC, WDT_KICK)) === undefined) clearInterval(t);
  }, period_ms);
  return 0;
}

export const wdt_driver: pci.Driver<WdtData> = {
  name: 'wdt_kick',
  idTable: [{ vendor: 0x1af4, device: 0x1099 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'wdt_kick');
    wdt_arm(regs, 1000);
    return { regs };
  },
};
