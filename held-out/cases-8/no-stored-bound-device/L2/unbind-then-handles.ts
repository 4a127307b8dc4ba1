// A PCI sensor's unbind logs after a pause from a .then over its data, which holds only a Device<Normal> and numbers.
import type { device, pci } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';

interface SensorData {
  readonly handle: pci.Device<device.Normal>;
  readonly samples: number;
}

export const driver: pci.Driver<SensorData> = {
  name: 'held8-sensor-unbind-then',
  idTable: [{ vendor: 0x1022, device: 0x15e4 }],
  probe(pdev) {
    return { handle: pdev.toNormal(), samples: pdev.resourceLen(0) / 4 };
  },
  unbind(_pdev, data) {
    void pause(10).then(() => console.log(`${data.handle.name}: ${data.samples} samples retired`));
  },
};
