// A platform SPI driver exposes its IoMem on a declared global for a debug console.
import type { platform } from '@bindsafe/kernel';

declare global {
  var heldSpiDebugIo: platform.IoMem | undefined;
}

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly fifo: number }> = {
  name: 'held-spi-debug',
  idTable: [{ compatible: 'vendor,spi-debug' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    if (process.env.HELD_SPI_DEBUG === '1') {
      globalThis.heldSpiDebugIo = io; // expect: bindsafe/no-stored-bound-device
    }
    return { io, fifo: io.read32(0x1c) & 0xff };
  },
};
