// A platform SPI controller gathers its chip-select names into a local list with Array.prototype.push.apply. [class 8]
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
    const retired: string[] = [];
    Array.prototype.push.call(retired, 'boot');
    return { io, chipSelects: ['flash', 'tpm'] as const, retired };
  },
  unbind(pdev, data) {
    data.io.access(pdev.asRef()).write32(0, 0x08);
    const names: string[] = [...data.retired];
    Array.prototype.push.apply(names, [...data.chipSelects]);
    pdev.asRef().info(`spi-lite: releasing ${names.join(', ')}`);
  },
};
