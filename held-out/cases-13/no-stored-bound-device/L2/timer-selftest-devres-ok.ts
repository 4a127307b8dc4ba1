// A PCI temperature sensor driver (a class) defers its self-test with setTimeout; the timer callback closes over the Devres container and a Normal handle. [class 5]
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
    const channels = regs.access(pdev.asRef()).read8(0x00) & 0x0f;
    const handle = pdev.toNormal();
    setTimeout(() => {
      const reading = regs.tryAccessWith((bar) => bar.read32(0xa4));
      if (reading === 0) this.failures.push(handle.name);
    }, ThermalDriver.SELFTEST_DELAY_MS);
    return new SensorData(regs, channels);
  }
}
