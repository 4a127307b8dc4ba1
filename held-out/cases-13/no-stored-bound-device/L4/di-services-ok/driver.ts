// A PCI audio DSP driver builds per-binding services (another module) in probe and injects them into its driver data through the constructor; the services keep the bound device and the Bar. [class 4]
import type { device, devres, pci } from '@bindsafe/kernel';
import { DeviceContext, RegisterFile } from './core/services.js';

class AvsData {
  readonly cores: number;
  constructor(
    readonly regs: devres.Devres<pci.Bar>,
    readonly context: DeviceContext,
    readonly registers: RegisterFile,
  ) {
    this.cores = registers.coreCount();
  }
}

export class AvsDriver implements pci.Driver<AvsData> {
  readonly name = 'avs_lite';
  readonly idTable = [{ vendor: 0x8086, device: 0x9d70 }];

  probe(pdev: pci.Device<device.Core>): AvsData {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(4, 'avs');
    const context = new DeviceContext();
    context.keep(pdev.asRef());
    const registers = new RegisterFile(regs.access(pdev.asRef()));
    return new AvsData(regs, context, registers);
  }
}

export default new AvsDriver();
