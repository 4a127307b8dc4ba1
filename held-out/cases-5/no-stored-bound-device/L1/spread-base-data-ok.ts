// A platform SPI controller assembles its driver data from a spread of a local base object holding the IoMem. [class 4]
import type { devres, platform } from '@bindsafe/kernel';

interface SpiBase {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly io: platform.IoMem;
}

interface SpiData extends SpiBase {
  readonly busNum: number;
  readonly csLines: readonly number[];
}

export const spiDriver: platform.Driver<SpiData, { readonly busNum: number }> = {
  name: 'held-pl022-spi',
  idTable: [{ compatible: 'arm,pl022', info: { busNum: 1 } }],
  probe(pdev, info) {
    const mem = pdev.iomapResource(0);
    const base: SpiBase = { mem, io: mem.access(pdev.asRef()) };
    const { io } = base;
    io.write32(0x0007, 0x00);
    const csLines = [0, 1, 2].filter((cs) => (io.read32(0x0c) & (1 << cs)) !== 0);
    return { ...base, busNum: info?.busNum ?? 0, csLines };
  },
};
