// A clock controller fills a local lookup Map in a callback; only its size reaches the data. [class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface ClkData {
  readonly outputs: number;
}

export const clkDriver: pci.Driver<ClkData> = {
  name: 'held8-clk',
  idTable: [{ vendor: 0x1234, device: 0x5c00 }],
  probe(pdev) {
    const table = new Map<number, auxiliary.Registration>();
    [100, 125, 156].forEach((mhz) => {
      table.set(mhz, auxiliary.Registration.new(pdev.asRef(), 'clk-out', mhz, 'held8_clk')); // expect: bindsafe/no-leaked-registration
    });
    return { outputs: table.size };
  },
};
