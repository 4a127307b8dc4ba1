// A platform GPIO expander pushes each bank child into a module-level list from a forEach callback. [class 7]
import { auxiliary, type platform } from '@bindsafe/kernel';

const allBanks: auxiliary.Registration[] = [];

export function bankCount(): number {
  return allBanks.length;
}

export const expanderDriver: platform.Driver<{ readonly banks: number }> = {
  name: 'gpio-expander',
  idTable: [{ compatible: 'acme,pcal6524' }],
  probe(pdev) {
    const banks = [0, 1, 2];
    banks.forEach((bank) => allBanks.push(auxiliary.Registration.new(pdev.asRef(), `bank${bank}`, bank, 'gpio_expander'))); // expect: bindsafe/no-leaked-registration
    return { banks: banks.length };
  },
};
