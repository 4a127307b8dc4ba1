// A platform watchdog keeps named event counters in a record and deletes the transient one in unbind
import type { devres, platform } from '@bindsafe/kernel';

interface WdtData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly counters: Record<string, number>;
}

const WDT_CTRL = 0x0;

export const socWatchdog: platform.Driver<WdtData> = {
  name: 'soc-wdt',
  idTable: [{ compatible: 'vendor,soc-wdt' }],
  probe(pdev) {
    const regs = pdev.iomapResource(0);
    return { regs, counters: { pings: 0, expiries: 0, 'pending-kick': 1 } };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, WDT_CTRL);
    if ('pending-kick' in data.counters) {
      delete data.counters['pending-kick']; // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};
