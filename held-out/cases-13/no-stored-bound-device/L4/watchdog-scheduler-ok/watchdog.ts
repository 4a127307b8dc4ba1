// A software watchdog service: pets a hardware counter periodically from a timer, through the BAR's Devres container.
import type { devres, pci } from '@bindsafe/kernel';

export class WatchdogService {
  static readonly PERIOD_MS = 5_000;
  static start(regs: devres.Devres<pci.Bar>, offset: number): ReturnType<typeof setInterval> {
    return setInterval(() => regs.tryAccessWith((bar) => bar.write32(0x1, offset)), WatchdogService.PERIOD_MS);
  }
}
