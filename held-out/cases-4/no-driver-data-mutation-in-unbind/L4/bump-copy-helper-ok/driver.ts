// unbind passes an imported mutating helper only a spread copy of the data's statistics.
import type { devres, platform } from '@bindsafe/kernel';
import { bump, type Stats } from './stats.js';

interface Spi {
  readonly mmio: devres.Devres<platform.IoMem>;
  readonly stats: Readonly<Stats>;
}

export const spiDriver: platform.Driver<Spi> = {
  name: 'held4-spi',
  idTable: [{ compatible: 'held4,spi-nor' }],
  probe(pdev) {
    return { mmio: pdev.iomapResource(0), stats: { unbinds: 0, errors: 0 } };
  },
  unbind(pdev, data) {
    const io = data.mmio.access(pdev.asRef());
    const report = bump({ ...data.stats }, io.read32(0x30) & 0xff);
    io.write32(0, 0x00);
    pdev.asRef().info(`spi: unbind ${report.unbinds}, ${report.errors} errors`);
  },
};
