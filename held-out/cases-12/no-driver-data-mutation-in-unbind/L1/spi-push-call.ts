// A platform SPI controller appends its chip-select names to a list the data holds, through Array.prototype.push.call. [class 8]
import type { devres, platform } from '@bindsafe/kernel';

interface SpiData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly chipSelects: readonly string[];
  readonly retired: string[];
}

export const spiDriver: platform.Driver<SpiData> = {
  name: 'spi-lite',
  idTable: [{ compatible: 'acme,spi-v2' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    return { io, chipSelects: ['flash', 'tpm'] as const, retired: [] };
  },
  unbind(pdev, data) {
    data.io.access(pdev.asRef()).write32(0, 0x08);
    Array.prototype.push.call(data.retired, ...data.chipSelects); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
