// A platform SPI controller counts its instances in a static table of a census class, keyed by compatible string, storing only sizes. [class 2]
import type { platform } from '@bindsafe/kernel';

class SpiCensus {
  static readonly by_compat = new Map<string, number>();

  static record(compat: string, io: platform.IoMem): void {
    SpiCensus.by_compat.set(compat, io.size);
  }
}

interface SpiData {
  readonly io: platform.IoMem;
}

export const spi_driver: platform.Driver<SpiData> = {
  name: 'spi_acme',
  idTable: [{ compatible: 'acme,spi' }, { compatible: 'acme,qspi' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    SpiCensus.record(pdev.compatible, io);
    return { io };
  },
};
