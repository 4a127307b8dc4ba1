// A platform watchdog class driver clears the pending-timeout Map its data holds from unbind.
import type { device, devres, platform } from '@bindsafe/kernel';

interface WdtData {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly timeouts: Map<number, number>;
}

export class WatchdogDriver implements platform.Driver<WdtData> {
  readonly name = 'held7-wdt';
  readonly idTable = [{ compatible: 'vendor,soc-wdt' }];

  probe(pdev: platform.Device<device.Core>): WdtData {
    const mem = pdev.iomapResource(0);
    return { mem, timeouts: new Map([[0, 30]]) };
  }

  unbind(pdev: platform.Device<device.Core>, data: Readonly<WdtData>): void {
    data.mem.access(pdev.asRef()).write32(0, 0x08);
    data.timeouts.clear(); // expect: bindsafe/no-driver-data-mutation-in-unbind
  }
}
