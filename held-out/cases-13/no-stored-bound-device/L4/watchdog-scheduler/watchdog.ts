// A software watchdog service: pets a hardware counter periodically from a timer.
import type { pci } from '@bindsafe/kernel';

export class WatchdogService {
  static readonly PERIOD_MS = 5_000;
  static start(bar: pci.Bar, offset: number): ReturnType<typeof setInterval> {
    return setInterval(() => bar.write32(0x1, offset), WatchdogService.PERIOD_MS);
  }
}
