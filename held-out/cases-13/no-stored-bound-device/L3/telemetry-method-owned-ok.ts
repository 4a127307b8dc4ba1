// A PCI storage HBA driver reports its bound device to a Telemetry service that probe makes and the driver data owns; track() keeps it in a #private array. [class 4]
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

class HbaData {
  constructor(
    readonly regs: devres.Devres<pci.Bar>,
    readonly ports: number,
    readonly telemetry: Telemetry,
  ) {}
}

class AhciDriver implements pci.Driver<HbaData> {
  readonly name = 'ahci_lite';
  readonly idTable = [{ vendor: 0x8086, device: 0xa102 }];

  probe(pdev: pci.Device<device.Core>): HbaData {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(5, 'ahci');
    const ports = (regs.access(pdev.asRef()).read32(0x00) & 0x1f) + 1;
    const telemetry = new Telemetry();
    telemetry.track(pdev.asRef());
    return new HbaData(regs, ports, telemetry);
  }
}

export const ahciDriver = new AhciDriver();
