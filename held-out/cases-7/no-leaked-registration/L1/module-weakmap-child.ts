// A clock controller files its child in a module-level WeakMap keyed by a config object: nothing the data owns.
import { auxiliary, type platform } from '@bindsafe/kernel';

const childByConfig = new WeakMap<object, auxiliary.Registration>();
const boardConfig = { name: 'clk-gate', id: 0 };

interface ClkData {
  readonly gates: number;
}

export const clkDriver: platform.Driver<ClkData> = {
  name: 'held7-clk',
  idTable: [{ compatible: 'vendor,ccu' }],
  probe(pdev) {
    const child = auxiliary.Registration.new(pdev.asRef(), boardConfig.name, boardConfig.id, 'held7_clk'); // expect: bindsafe/no-leaked-registration
    childByConfig.set(boardConfig, child);
    return { gates: 32 };
  },
};
