// A platform clock controller folds its sub-controllers into a local accumulator with reduce and returns only a summary. [class 4, class 7]
import { auxiliary, type platform } from '@bindsafe/kernel';

type Sub = { readonly label: string; readonly reg: auxiliary.Registration };

const SUBS = ['pll', 'gate', 'mux'] as const;

export const clkDriver: platform.Driver<{ readonly summary: string }> = {
  name: 'acme-clk',
  idTable: [{ compatible: 'acme,clk-ctrl' }],
  probe(pdev) {
    const subs = SUBS.reduce<Sub[]>((acc, label, i) => {
      acc.push({ label, reg: auxiliary.Registration.new(pdev.asRef(), label, i, 'acme_clk') }); // expect: bindsafe/no-leaked-registration
      return acc;
    }, []);
    return { summary: subs.map((s) => s.label).join(',') };
  },
};
