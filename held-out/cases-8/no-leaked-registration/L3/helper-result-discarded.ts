// A CAN controller's helper makes the transceiver child; probe ignores what it returns.
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

function spawnTransceiver(parent: device.Device<device.Bound>, index = 0): auxiliary.Registration {
  return auxiliary.Registration.new(parent, 'can-xcvr', index, 'held8_can');
}

interface CanData {
  readonly bitrate: number;
}

export const canDriver: platform.Driver<CanData> = {
  name: 'held8-can',
  idTable: [{ compatible: 'acme,can-fd' }],
  probe(pdev) {
    spawnTransceiver(pdev.asRef()); // expect: bindsafe/no-leaked-registration
    return { bitrate: 500_000 };
  },
};
