// A clock controller fills, in a callback, a Map that the driver data owns. [class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface ClkData {
  readonly outputs: Map<number, auxiliary.Registration>;
}

export const clkDriver: pci.Driver<ClkData> = {
  name: 'held8-clk2',
  idTable: [{ vendor: 0x1234, device: 0x5c01 }],
  probe(pdev) {
    const data: ClkData = { outputs: new Map() };
    [100, 125, 156].forEach((mhz) => {
      data.outputs.set(mhz, auxiliary.Registration.new(pdev.asRef(), 'clk-out', mhz, 'held8_clk2'));
    });
    return data;
  },
};
