// A sensor hub hands each of its sensors to a helper module that files the child in its module-level Map. [class 6]
import type { platform } from '@bindsafe/kernel';
import { attachSensor } from './registry.js';

const SENSORS = [{ id: 1, kind: 'accel' }] as const;

interface HubData {
  readonly count: number;
}

export const sensorHubDriver: platform.Driver<HubData> = {
  name: 'sensor-hub',
  idTable: [{ compatible: 'acme,sensor-hub' }],
  probe(pdev) {
    const [accel] = SENSORS;
    const count = attachSensor(pdev.asRef(), accel.kind, accel.id); // expect: bindsafe/no-leaked-registration
    return { count };
  },
};
