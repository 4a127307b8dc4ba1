// A rescan listener probes each port through a child that a `using` DisposableStack tears down. [class 1, 7]
import { auxiliary, type pci } from '@bindsafe/kernel';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export const hubDriver: pci.Driver<{ readonly ports: number }> = {
  name: 'usb-hub-lite',
  idTable: [{ vendor: 0x1b21, device: 0x2142 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    hotplugEvents.on('rescan', (port: number) => {
      using scope = new DisposableStack();
      // SAFETY: rescans are only announced for hubs that are bound.
      const parent = handle.unsafeAsBound();
      const probeChild = auxiliary.Registration.new(parent, 'port', port, 'usbhub');
      scope.defer(() => void probeChild.drop());
      parent.info(`rescanned ${probeChild.name}`);
    });
    return { ports: 4 };
  },
};
