// A CAN controller's helper makes the transceiver child; probe keeps it in the driver data.
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

function spawnTransceiver(parent: device.Device<device.Bound>, index = 0): auxiliary.Registration {
  return auxiliary.Registration.new(parent, 'can-xcvr', index, 'held8_can2');
}

interface CanData {
  readonly bitrate: number;
  readonly transceiver: auxiliary.Registration;
}

export const canDriver: platform.Driver<CanData> = {
  name: 'held8-can2',
  idTable: [{ compatible: 'acme,can-fd-v2' }],
  probe(pdev) {
    const transceiver = spawnTransceiver(pdev.asRef());
    return { bitrate: 1_000_000, transceiver };
  },
};
