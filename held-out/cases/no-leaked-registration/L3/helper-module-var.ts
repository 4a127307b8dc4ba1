// A helper stores the child only in a module variable.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

let current: auxiliary.Registration | undefined;

function spawn(dev: device.Device<device.Bound>): string {
  current = auxiliary.Registration.new(dev, 'display', 0, 'held_core');
  return current.name;
}

export const driver: pci.Driver<{ readonly child: string }> = {
  name: 'held-nlr-l3-module',
  idTable: [{ vendor: 0x10de, device: 0x3033 }],
  probe(pdev) {
    return { child: spawn(pdev.asRef()) }; // expect: bindsafe/no-leaked-registration
  },
};
