// A PCI storage HBA driver reports its bound device to a module-level Telemetry service whose track() method keeps it in a #private array. [class 6]
import type { device, devres, pci } from '@bindsafe/kernel';

class Telemetry {
  readonly #devices: device.Device<device.Bound>[] = [];
  track(dev: device.Device<device.Bound>): void {
    this.#devices.push(dev);
  }
  get count(): number {
    return this.#devices.length;
  }
}

const telemetry = new Telemetry();

class HbaData {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly ports: number) {}
}

class AhciDriver implements pci.Driver<HbaData> {
  readonly name = 'ahci_lite';
  readonly idTable = [{ vendor: 0x8086, device: 0xa102 }];

  probe(pdev: pci.Device<device.Core>): HbaData {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(5, 'ahci');
    const ports = (regs.access(pdev.asRef()).read32(0x00) & 0x1f) + 1;
    telemetry.track(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return new HbaData(regs, ports);
  }
}

export const ahciDriver = new AhciDriver();
