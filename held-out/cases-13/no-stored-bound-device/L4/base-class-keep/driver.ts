// A PCI audio DSP driver extends an abstract subsystem base (another module) and calls its keep() helper, which stores the bound device on the driver object. [class 6]
import type { device, devres, pci } from '@bindsafe/kernel';
import { SubsystemDriver } from './core/base-driver.js';

class AvsData {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly cores: number) {}
}

export class AvsDriver extends SubsystemDriver<AvsData> {
  readonly name = 'avs_lite';
  readonly idTable = [{ vendor: 0x8086, device: 0x9d70 }];

  override probe(pdev: pci.Device<device.Core>): AvsData {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(4, 'avs');
    const cores = regs.access(pdev.asRef()).read32(0x04) & 0x3;
    this.keep(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return new AvsData(regs, cores);
  }
}

export default new AvsDriver();
