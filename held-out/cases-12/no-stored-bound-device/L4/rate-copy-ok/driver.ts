// A clock controller records its rate via an imported helper that keeps only the number read from a Devres<number> [class 3]
import { devres, type platform } from '@bindsafe/kernel';
import { recordRate } from './rates.js';

export const clkDriver: platform.Driver<{ readonly rate: devres.Devres<number>; readonly hz: number }> = {
  name: 'clk-lite-l4-ok',
  idTable: [{ compatible: 'acme,clk' }],
  probe(pdev) {
    const rate = new devres.Devres(pdev.asRef(), 19_200_000);
    const hz = recordRate(rate, pdev.asRef());
    return { rate, hz };
  },
};
