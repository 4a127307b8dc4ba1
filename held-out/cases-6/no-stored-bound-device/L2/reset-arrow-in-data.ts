// An I2C driver clears its FIFOs with a forEach callback and keeps a reset arrow over the IoMem in its data.
import type { platform } from '@bindsafe/kernel';

interface BusData {
  readonly reset: () => void;
  readonly name: string;
}

export const driver: platform.Driver<BusData> = {
  name: 'held-i2c-reset',
  idTable: [{ compatible: 'vendor,i2c-fifo' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    [0x40, 0x44, 0x48].forEach((offset) => io.write32(0, offset));
    const name = pdev.name;
    return {
      name,
      reset: () => io.write32(0x80, 0x00),
    };
  },
};
