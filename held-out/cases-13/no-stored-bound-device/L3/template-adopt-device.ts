// A platform I2C controller driver derives from an abstract driver base whose adopt() helper keeps the adopted device in a #private list on the driver object. [class 6]
import type { device, devres, platform } from '@bindsafe/kernel';

abstract class ManagedPlatformDriver<D> implements platform.Driver<D> {
  abstract readonly name: string;
  abstract readonly idTable: readonly platform.IdEntry[];
  readonly #adopted: device.Device<device.Bound>[] = [];

  protected adopt(dev: device.Device<device.Bound>): number {
    this.#adopted.push(dev);
    return this.#adopted.length;
  }

  abstract probe(pdev: platform.Device<device.Core>, info: unknown): D;
}

class I2cBus {
  constructor(readonly io: devres.Devres<platform.IoMem>, readonly busNumber: number) {}
}

class DwI2cDriver extends ManagedPlatformDriver<I2cBus> {
  readonly name = 'i2c_designware_lite';
  readonly idTable = [{ compatible: 'snps,designware-i2c' }];

  override probe(pdev: platform.Device<device.Core>): I2cBus {
    const io = pdev.iomapResource(0);
    const busNumber = this.adopt(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return new I2cBus(io, busNumber);
  }
}

export const dwI2c = new DwI2cDriver();
