// An I2C controller with a core bank and a FIFO bank: both IoMem kept directly in the driver data.
import type { platform } from '@bindsafe/kernel';

interface I2cData {
  readonly core: platform.IoMem;
  readonly fifo: platform.IoMem;
  readonly fifoDepth: number;
}

export const driver: platform.Driver<I2cData> = {
  name: 'held-i2c',
  idTable: [{ compatible: 'vendor,i2c-v2' }],
  probe(pdev) {
    const core = pdev.iomapResource(0).access(pdev.asRef());
    const fifo = pdev.iomapResource(1).access(pdev.asRef());
    core.write32(0x1, 0x00);
    return { core, fifo, fifoDepth: fifo.read32(0x00) };
  },
  unbind(_pdev, data) {
    data.core.write32(0x0, 0x00);
  },
};
