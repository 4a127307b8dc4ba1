// A platform pin controller attaches its function children through an overloaded helper and keeps only how many it got back. [class 4]
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

function attachFunctions(parent: device.Device<device.Bound>, name: string): auxiliary.Registration;
function attachFunctions(parent: device.Device<device.Bound>, names: readonly string[]): auxiliary.Registration[];
function attachFunctions(parent: device.Device<device.Bound>, what: string | readonly string[]): auxiliary.Registration | auxiliary.Registration[] {
  if (typeof what === 'string') return auxiliary.Registration.new(parent, what, 0, 'pinctrl_lite');
  return what.map((name, id) => auxiliary.Registration.new(parent, name, id, 'pinctrl_lite'));
}

export const pinctrlDriver: platform.Driver<{ readonly functions: number }> = {
  name: 'pinctrl-lite',
  idTable: [{ compatible: 'acme,pinctrl' }],
  probe(pdev) {
    const fns = attachFunctions(pdev.asRef(), ['uart', 'spi', 'i2c']); // expect: bindsafe/no-leaked-registration
    return { functions: fns.length };
  },
};
