// A sensor hub creates its driver-data object in probe and lets its method (in another module) keep each sensor child. [class 6]
import type { platform } from '@bindsafe/kernel';
import { SensorHub } from './hub.js';

const SENSORS = [
  { id: 1, kind: 'accel' },
  { id: 2, kind: 'gyro' },
] as const;

export const sensorHubDriver: platform.Driver<SensorHub> = {
  name: 'sensor-hub',
  idTable: [{ compatible: 'acme,sensor-hub' }],
  probe(pdev) {
    const hub = new SensorHub(pdev.compatible);
    for (const { kind, id } of SENSORS) hub.attach(pdev.asRef(), kind, id);
    return hub;
  },
};
