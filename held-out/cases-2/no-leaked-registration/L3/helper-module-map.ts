// A helper stores the child only in a module-level Map, keyed by parent name. [class 4] [class 7]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

const children = new Map<string, auxiliary.Registration>();

function attach(dev: device.Device<device.Bound>): void {
  children.set(dev.name, auxiliary.Registration.new(dev, 'held2-wdt', 0, 'held2_core'));
}

export const driver: pci.Driver<{ readonly dev: string }> = {
  name: 'held2-nlr-helper-map',
  idTable: [{ vendor: 0x8086, device: 0x5032 }],
  probe(pdev) {
    attach(pdev.asRef()); // expect: bindsafe/no-leaked-registration
    return { dev: pdev.name };
  },
};
