// An SPI controller maps its chip-select table to children with Array.from and keeps the result in a local it never returns. [class 7]
import { auxiliary, type platform } from '@bindsafe/kernel';

const CHIP_SELECTS = [
  { cs: 0, modalias: 'flash' },
  { cs: 1, modalias: 'touch' },
] as const;

interface SpiData {
  readonly busNum: number;
}

export const spiDriver: platform.Driver<SpiData> = {
  name: 'spi-ctl',
  idTable: [{ compatible: 'acme,spi-ctl' }],
  probe(pdev) {
    const parent = pdev.asRef();
    const devices = Array.from(CHIP_SELECTS, ({ cs, modalias }) => auxiliary.Registration.new(parent, modalias, cs, 'spi_ctl')); // expect: bindsafe/no-leaked-registration
    return { busNum: devices.length > 0 ? 1 : 0 };
  },
};
