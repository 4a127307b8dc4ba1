// A PCI BMC driver starts a watchdog from another module's static service, giving it the Devres container; the timer reaches the BAR fallibly. [class 5]
import type { device, devres, pci } from '@bindsafe/kernel';
import { WatchdogService } from './watchdog.js';

class BmcData implements Disposable {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly timer: ReturnType<typeof setInterval>) {}
  [Symbol.dispose](): void {
    clearInterval(this.timer);
  }
}

export class AstBmcDriver implements pci.Driver<BmcData> {
  readonly name = 'ast_bmc_lite';
  readonly idTable = [{ vendor: 0x1a03, device: 0x2402 }];

  probe(pdev: pci.Device<device.Core>): BmcData {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(1, 'ast');
    regs.access(pdev.asRef()).write32(0x0, 0x3c);
    const timer = WatchdogService.start(regs, 0x3c);
    return new BmcData(regs, timer);
  }
}
