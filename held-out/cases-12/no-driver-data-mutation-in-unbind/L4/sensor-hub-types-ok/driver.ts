// A platform sensor hub hands its offline log to a lifecycle helper of another module that only calls the log's own methods. [class 4]
import type { platform } from '@bindsafe/kernel';
import type { SensorHubData } from './model/types.js';
import { OfflineLog, retireAll } from './model/lifecycle.js';

export const sensorHubDriver: platform.Driver<SensorHubData> = {
  name: 'sensor-hub-lite',
  idTable: [{ compatible: 'acme,sensor-hub' }],
  probe(pdev) {
    return { io: pdev.iomapResource(0), sensors: ['accel', 'gyro', 'baro'], offline: OfflineLog.empty() };
  },
  unbind(pdev, data) {
    data.io.access(pdev.asRef()).write32(0, 0x04);
    const n = retireAll(data.offline, data.sensors, 'unbind');
    pdev.asRef().info(`sensor-hub-lite: ${n} sensors offline`);
  },
};
