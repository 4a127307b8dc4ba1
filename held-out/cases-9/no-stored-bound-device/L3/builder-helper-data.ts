// A platform I2C controller builds its driver data in a helper that returns the device and IoMem in a fresh object.
import type { device, platform } from '@bindsafe/kernel';

interface I2cData {
  readonly dev: platform.Device<device.Bound>;
  readonly io: platform.IoMem;
  readonly speedHz: number;
}

function buildData(dev: platform.Device<device.Bound>, io: platform.IoMem, speedHz = 400_000): I2cData {
  return { dev, io, speedHz };
}

export const driver: platform.Driver<I2cData> = {
  name: 'held9-i2c-builder',
  idTable: [{ compatible: 'acme,i2c' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    return buildData(pdev, io);
  },
};
