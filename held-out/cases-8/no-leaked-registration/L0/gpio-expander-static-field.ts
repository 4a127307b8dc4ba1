// A GPIO expander parks its pinctrl child in a static field of a module-level state class (outlives every binding).
import { auxiliary, type platform } from '@bindsafe/kernel';

class PinctrlState {
  static current: auxiliary.Registration | undefined;

  static describe(): string {
    return PinctrlState.current?.name ?? '(none)';
  }
}

export const describePinctrl = (): string => PinctrlState.describe();

interface ExpanderData {
  readonly lines: number;
}

export const expanderDriver: platform.Driver<ExpanderData> = {
  name: 'held8-gpioexp',
  idTable: [{ compatible: 'acme,gpio-expander' }],
  probe(pdev) {
    PinctrlState.current = auxiliary.Registration.new(pdev.asRef(), 'pinctrl', 0, 'held8_gpioexp'); // expect: bindsafe/no-leaked-registration
    return { lines: 16 };
  },
};
