// A helper returns the child; probe discards it.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

function makeChild(dev: device.Device<device.Bound>, name: string): auxiliary.Registration {
  return auxiliary.Registration.new(dev, name, 0, 'held_core');
}

export const driver: pci.Driver<{ readonly id: number }> = {
  name: 'held-nlr-l3-discard',
  idTable: [{ vendor: 0x10de, device: 0x3031 }],
  probe(pdev) {
    makeChild(pdev.asRef(), 'display'); // expect: bindsafe/no-leaked-registration
    return { id: pdev.deviceId };
  },
};
