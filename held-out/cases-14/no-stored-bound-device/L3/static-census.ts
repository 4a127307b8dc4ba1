// A platform SPI controller counts its instances in a static table of a census class, keyed by compatible string. [class 6]
import type { platform } from '@bindsafe/kernel';

class SpiCensus {
  static readonly by_compat = new Map<string, platform.IoMem>();

  static record(compat: string, io: platform.IoMem): void {
    SpiCensus.by_compat.set(compat, io);
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
    SpiCensus.record(pdev.compatible, io); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};
