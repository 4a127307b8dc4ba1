// A platform watchdog rebuilds its counters with Object.fromEntries and sorts the entries array it got from Object.entries
import type { devres, platform } from '@bindsafe/kernel';

interface WdtData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly counters: Record<string, number>;
}

export const wdtReportOk: platform.Driver<WdtData> = {
  name: 'soc-wdt-report',
  idTable: [{ compatible: 'vendor,soc-wdt-report' }],
  probe(pdev) {
    return { regs: pdev.iomapResource(0), counters: { pings: 3, expiries: 0, 'pending-kick': 1 } };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x0);
    const entries = Object.entries(data.counters);
    entries.sort(([, a], [, b]) => b - a);
    const table = Object.fromEntries(entries);
    delete table['pending-kick'];
    table['unbinds'] = 1;
    pdev.asRef().info(`soc-wdt: ${JSON.stringify(table)}`);
  },
};
