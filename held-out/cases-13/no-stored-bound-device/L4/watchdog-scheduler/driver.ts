// A PCI BMC driver starts a watchdog from another module's static service, whose setInterval callback closes over the mapped BAR it was given. [class 5]
import type { device, devres, pci } from '@bindsafe/kernel';
import { WatchdogService } from './watchdog.js';

class BmcData {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly timer: ReturnType<typeof setInterval>) {}
}

export class AstBmcDriver implements pci.Driver<BmcData> {
  readonly name = 'ast_bmc_lite';
  readonly idTable = [{ vendor: 0x1a03, device: 0x2402 }];

  probe(pdev: pci.Device<device.Core>): BmcData {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(1, 'ast');
    const timer = WatchdogService.start(regs.access(pdev.asRef()), 0x3c); // expect: bindsafe/no-stored-bound-device
    return new BmcData(regs, timer);
  }
}
