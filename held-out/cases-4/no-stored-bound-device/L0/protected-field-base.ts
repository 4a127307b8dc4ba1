// A class driver derived from an abstract base keeps the mapped Bar in the base's protected field: `this` is the module-lived driver object.
import type { device, devres, pci } from '@bindsafe/kernel';

interface NicData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly mac: number;
}

abstract class BaseNicDriver implements pci.Driver<NicData> {
  abstract readonly name: string;
  abstract readonly idTable: readonly pci.IdEntry[];
  protected lastBar: pci.Bar | undefined;

  protected readMac(bar: pci.Bar): number {
    return (bar.read32(0x40) << 16) | bar.read16(0x44);
  }

  abstract probe(pdev: pci.Device<device.Core>, info: unknown): NicData;
}

class E1000Driver extends BaseNicDriver {
  readonly name = 'held-e1000';
  readonly idTable = [{ vendor: 0x8086, device: 0x100e }];

  probe(pdev: pci.Device<device.Core>): NicData {
    pdev.enableDeviceMem();
    pdev.setMaster();
    const regs = pdev.iomapRegion(0, 'held-e1000');
    const bar = regs.access(pdev.asRef());
    bar.write32(1 << 26, 0x0000);
    this.lastBar = bar; // expect: bindsafe/no-stored-bound-device
    return { regs, mac: this.readMac(bar) };
  }
}

export const e1000Driver = new E1000Driver();
