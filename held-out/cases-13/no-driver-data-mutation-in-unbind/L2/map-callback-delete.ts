// A platform watchdog deletes each expired counter of its record inside an Object.entries(...).map callback [class 7]
import type { devres, platform } from '@bindsafe/kernel';

interface WdtData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly timers: Record<string, number>;
}

export const wdtTimers: platform.Driver<WdtData> = {
  name: 'soc-wdt-timers',
  idTable: [{ compatible: 'vendor,soc-wdt-timers' }],
  probe(pdev) {
    return { regs: pdev.iomapResource(0), timers: { kick: 10, reboot: 0 } };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x0);
    const expired = Object.entries(data.timers)
      .filter(([, left]) => left === 0)
      .map(([name]) => {
        delete data.timers[name]; // expect: bindsafe/no-driver-data-mutation-in-unbind
        return name;
      });
    pdev.asRef().info(`soc-wdt: expired ${expired.join(',')}`);
  },
};
