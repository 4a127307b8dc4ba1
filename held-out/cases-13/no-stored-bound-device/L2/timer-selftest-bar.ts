// A PCI temperature sensor driver (a class) defers its self-test with setTimeout, and the timer callback closes over the mapped BAR. [class 5]
import type { device, devres, pci } from '@bindsafe/kernel';

class SensorData {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly channels: number) {}
}

export class ThermalDriver implements pci.Driver<SensorData> {
  static readonly SELFTEST_DELAY_MS = 250;
  readonly name = 'k10temp_lite';
  readonly idTable = [{ vendor: 0x1022, device: 0x1463 }];
  readonly failures: string[] = [];

  probe(pdev: pci.Device<device.Core>): SensorData {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'k10temp');
    const bar = regs.access(pdev.asRef());
    const name = pdev.name;
    setTimeout(() => { // expect: bindsafe/no-stored-bound-device
      if (bar.read32(0xa4) === 0) this.failures.push(name);
    }, ThermalDriver.SELFTEST_DELAY_MS);
    return new SensorData(regs, bar.read8(0x00) & 0x0f);
  }
}
