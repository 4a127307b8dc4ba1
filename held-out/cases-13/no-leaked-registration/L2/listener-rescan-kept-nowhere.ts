// A rescan listener on the shared hotplug bus makes a child per event and drops it nowhere. [class 5, 7]
import { auxiliary, type pci } from '@bindsafe/kernel';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export const hubDriver: pci.Driver<{ readonly ports: number }> = {
  name: 'usb-hub-lite',
  idTable: [{ vendor: 0x1b21, device: 0x2142 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    hotplugEvents.on('rescan', (port: number) => {
      // SAFETY: rescans are only announced for hubs that are bound.
      const parent = handle.unsafeAsBound();
      const child = auxiliary.Registration.new(parent, 'port', port, 'usbhub'); // expect: bindsafe/no-leaked-registration
      parent.info(`rescanned ${child.name}`);
    });
    return { ports: 4 };
  },
};
