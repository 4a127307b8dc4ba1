// The same helper; probe keeps what it returns.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

function makeChild(dev: device.Device<device.Bound>, name: string): auxiliary.Registration {
  return auxiliary.Registration.new(dev, name, 0, 'held_core');
}

export const driver: pci.Driver<{ readonly display: auxiliary.Registration }> = {
  name: 'held-nlr-l3-kept',
  idTable: [{ vendor: 0x10de, device: 0x3032 }],
  probe(pdev) {
    const display = makeChild(pdev.asRef(), 'display');
    return { display };
  },
};
