// A subclass of an abstract base driver keeps the probe's Bar on `this`, which outlives every binding.
import type { device, devres, pci } from '@bindsafe/kernel';

interface FanData {
  readonly regs: devres.Devres<pci.Bar>;
}

abstract class BaseDriver<D> implements pci.Driver<D> {
  abstract readonly name: string;
  abstract readonly idTable: readonly pci.IdEntry[];
  abstract probe(pdev: pci.Device<device.Core>): D;
  protected log(pdev: pci.Device<device.Core>, msg: string): void {
    pdev.asRef().info(`${this.name}: ${msg}`);
  }
}

class FanDriver extends BaseDriver<FanData> {
  readonly name = 'held-fan';
  readonly idTable = [{ vendor: 0x1af4, device: 0x10f0 }];
  protected lastBar: pci.Bar | undefined;

  override probe(pdev: pci.Device<device.Core>): FanData {
    const regs = pdev.iomapRegion(0, 'held-fan');
    const bar = regs.access(pdev.asRef());
    bar.write32(0x1, 0x0);
    this.lastBar = bar; // expect: bindsafe/no-stored-bound-device
    this.log(pdev, 'fan up');
    return { regs };
  }
}

export const fanDriver = new FanDriver();
