// A platform GPIO expander keeps its sub-device registration in a local it never uses again.
import { auxiliary, type platform } from '@bindsafe/kernel';

const SUBDEVICES = [
  { key: 'gpio', id: 0 },
  { key: 'leds', id: 1 },
] as const;

interface ExpanderData {
  readonly compatible: string;
  readonly lines: number;
}

export const expanderDriver: platform.Driver<ExpanderData> = {
  name: 'gpio-expander',
  idTable: [{ compatible: 'acme,gpio-expander' }],
  probe(pdev) {
    const gpio = SUBDEVICES[0];
    const gpioChild = auxiliary.Registration.new(pdev.asRef(), gpio.key, gpio.id, 'gpio_expander'); // expect: bindsafe/no-leaked-registration
    return { compatible: pdev.compatible, lines: 16 };
  },
};
