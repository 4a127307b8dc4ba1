// A platform watchdog keeps its IoMem in a static field of a configuration class.
import type { platform } from '@bindsafe/kernel';

class WatchdogConfig {
  static timeoutSec = 30;
  static window: platform.IoMem | null = null;
}

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held9-wdt-static',
  idTable: [{ compatible: 'acme,wdt-v2' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    io.write32(WatchdogConfig.timeoutSec, 0x04);
    WatchdogConfig.window = io; // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};
