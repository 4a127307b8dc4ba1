// [class 4] A platform sensor's unbind logs from a setTimeout closing over data that holds only a handle and numbers.
import type { platform } from '@bindsafe/kernel';

interface SensorData {
  readonly handle: platform.Device;
  readonly serial: number;
  readonly samples: number;
}

export const driver: platform.Driver<SensorData> = {
  name: 'held9-sensor-unbind-timer',
  idTable: [{ compatible: 'acme,sensor' }],
  probe(pdev) {
    return { handle: pdev.toNormal(), serial: 0x5e, samples: 0 };
  },
  unbind(_pdev, data) {
    setTimeout(() => console.log(`${data.handle.name} #${data.serial}: ${data.samples} samples`), 0);
  },
};
