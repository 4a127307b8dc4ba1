// A platform sensor hub hands its whole data to a lifecycle helper of another module that records offline sensors in it. [class 4]
import type { platform } from '@bindsafe/kernel';
import type { SensorHubData } from './model/types.js';
import { describe, markOffline } from './model/lifecycle.js';

export const sensorHubDriver: platform.Driver<SensorHubData> = {
  name: 'sensor-hub-lite',
  idTable: [{ compatible: 'acme,sensor-hub' }],
  probe(pdev) {
    return { io: pdev.iomapResource(0), sensors: ['accel', 'gyro', 'baro'], offline: [] };
  },
  unbind(pdev, data) {
    data.io.access(pdev.asRef()).write32(0, 0x04);
    markOffline(data, 'unbind'); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`sensor-hub-lite: ${describe(data)}`);
  },
};
