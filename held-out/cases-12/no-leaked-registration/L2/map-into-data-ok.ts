// A platform GPIO expander maps each bank number to a child registration and keeps the mapped array in its data. [class 7]
import { auxiliary, type platform } from '@bindsafe/kernel';

interface Expander {
  readonly banks: readonly auxiliary.Registration[];
}

export const expanderDriver: platform.Driver<Expander> = {
  name: 'gpio-expander',
  idTable: [{ compatible: 'acme,pcal6524' }],
  probe(pdev) {
    const banks = [0, 1, 2].map((bank) => auxiliary.Registration.new(pdev.asRef(), `bank${bank}`, bank, 'gpio_expander'));
    return { banks };
  },
};
