// A platform pin controller attaches its function children through an overloaded helper and keeps them in the driver data. [class 4]
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

function attachFunctions(parent: device.Device<device.Bound>, name: string): auxiliary.Registration;
function attachFunctions(parent: device.Device<device.Bound>, names: readonly string[]): auxiliary.Registration[];
function attachFunctions(parent: device.Device<device.Bound>, what: string | readonly string[]): auxiliary.Registration | auxiliary.Registration[] {
  if (typeof what === 'string') return auxiliary.Registration.new(parent, what, 0, 'pinctrl_lite');
  return what.map((name, id) => auxiliary.Registration.new(parent, name, id, 'pinctrl_lite'));
}

interface Pinctrl {
  readonly functions: readonly auxiliary.Registration[];
  readonly gpio: auxiliary.Registration;
}

export const pinctrlDriver: platform.Driver<Pinctrl> = {
  name: 'pinctrl-lite',
  idTable: [{ compatible: 'acme,pinctrl' }],
  probe(pdev) {
    const functions = attachFunctions(pdev.asRef(), ['uart', 'spi', 'i2c']);
    const gpio = attachFunctions(pdev.asRef(), 'gpio');
    return { functions, gpio };
  },
};
